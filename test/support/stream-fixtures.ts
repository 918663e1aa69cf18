import type { HostOutcome } from '../../src/gate/host-outcome.js';

/** Stream options of a host list `hosts.csv` checked against a stand-in catalog. */
export const STREAM_OPTIONS = {
  width: null,
  header: true,
  tool: { name: 'rollup-check', version: '0.0.0' },
  catalog: { file: 'c.yaml', published: '2026-01-01', factsComplete: null, digest: 'sha256:0' },
  catalogs: [],
  source: 'hosts.csv',
  asOf: '2026-01-02',
} as const;

/** A host-list row that could not be read, at `line`, for `error`. */
export const unreadableRow = (line: number, error: string): HostOutcome => ({
  label: `(line ${line})`,
  host: null,
  lineNumber: line,
  checked: null,
  error,
  verdict: 'unreadable',
});
