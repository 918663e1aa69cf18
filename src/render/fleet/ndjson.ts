import type { FleetRendererFactory } from './fleet-renderer.js';
import { hostRecordWriter, summaryRecord } from './host-record.js';

export const ndjsonFleetRenderer: FleetRendererFactory = (options) => {
  const record = hostRecordWriter(options);
  return {
    start: () => '',
    host: (outcome) => `${record(outcome)}\n`,
    end: (summary) => `${summaryRecord(summary)}\n`,
  };
};
