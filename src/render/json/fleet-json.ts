import type { StreamRendererFactory } from '../stream-renderer.js';
import { summaryJson } from './host-record-json.js';
import { hostRecordWriter } from './host-records.js';
import { envelopeJson } from './report-json.js';

/** `{schemaVersion, tool, catalog, catalogs, asOf, source, hosts: [...], summary}`, streamed host by host. */
export const jsonStreamRenderer: StreamRendererFactory = (options) => {
  const record = hostRecordWriter('');
  let first = true;
  return {
    start: () => `${JSON.stringify({ ...envelopeJson(options), source: options.source }).slice(0, -1)},"hosts":[`,
    host: (outcome) => {
      const separator = first ? '\n' : ',\n';
      first = false;
      return [separator, ...record(outcome)];
    },
    end: (summary) => `\n],"summary":${JSON.stringify(summaryJson(summary))}}\n`,
  };
};
