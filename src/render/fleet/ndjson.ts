import type { FleetRendererFactory } from './fleet-renderer.js';
import { hostRecordWriter, summaryRecord } from './host-record.js';

export const ndjsonFleetRenderer: FleetRendererFactory = (options) => {
  const record = hostRecordWriter(options, '\n');
  return {
    start: () => '',
    host: record,
    end: (summary) => `${summaryRecord(summary)}\n`,
  };
};
