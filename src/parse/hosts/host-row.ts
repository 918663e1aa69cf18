import { describeProbeFailure } from '../probe/describe-probe.js';
import { parseProbeTarget } from '../probe/probe-target.js';

/**
 * A host-list row as read: its line in the list, the host name and the build string, or the URL of
 * a server to probe for its build (only on such rows), or why it cannot be read.
 */
export interface HostRow {
  readonly lineNumber: number;
  readonly host: string | null;
  readonly buildString: string | null;
  readonly error: string | null;
  readonly url?: string;
}

export const hostRow = (lineNumber: number, host: string | null, buildString: string | null): HostRow => ({ lineNumber, host, buildString, error: null });

export const badRow = (lineNumber: number, host: string | null, error: string): HostRow => ({ lineNumber, host, buildString: null, error });

/** A row whose build is read from the server: the URL (or, in a URL column, a host name) must name a server only. */
export function urlRow(lineNumber: number, host: string | null, url: string): HostRow {
  const parsed = parseProbeTarget(url);
  if (!parsed.ok) return badRow(lineNumber, host, describeProbeFailure(parsed.failure));
  return { lineNumber, host, buildString: null, error: null, url: parsed.target.input };
}

/** A row to probe rather than analyse as it is. */
export const needsProbe = (row: HostRow): row is HostRow & { readonly url: string } => row.error === null && row.buildString === null && row.url !== undefined;

/** `http://` or `https://` at the start: a server to probe, where a build string could also stand. */
export const isProbeUrl = (text: string): boolean => /^https?:\/\//i.test(text.trim());
