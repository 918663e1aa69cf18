import type { StreamRendererFactory } from '../stream-renderer.js';
import { summaryJson } from './host-record-json.js';
import { hostRecordWriter } from './host-records.js';
import { envelopeJson } from './report-json.js';

/** One `run` record, one `host` record per host as soon as it is checked, then one `summary` record. */
export const ndjsonStreamRenderer: StreamRendererFactory = (options) => {
  const record = hostRecordWriter('\n');
  return {
    start: () => `${JSON.stringify({ type: 'run', ...envelopeJson(options), source: options.source })}\n`,
    host: record,
    end: (summary) => `${JSON.stringify({ type: 'summary', ...summaryJson(summary) })}\n`,
  };
};
