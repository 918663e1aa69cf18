import { JSON_SCHEMA_VERSION } from '../json.js';
import type { FleetRendererFactory } from './fleet-renderer.js';
import { hostRecordWriter } from './host-record.js';

export const jsonFleetRenderer: FleetRendererFactory = (options) => {
  const record = hostRecordWriter(options, '');
  let first = true;
  return {
    start: () =>
      `{"schemaVersion":${JSON_SCHEMA_VERSION},"tool":${JSON.stringify(options.tool)},"catalog":${JSON.stringify(options.catalog)},"asOf":${JSON.stringify(options.asOf)},"source":${JSON.stringify(options.source)},"hosts":[`,
    host: (outcome) => {
      const separator = first ? '\n' : ',\n';
      first = false;
      return [separator, ...record(outcome)];
    },
    end: (summary) => `\n],"summary":${JSON.stringify(summary)}}\n`,
  };
};
