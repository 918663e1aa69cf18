import type { Writable } from 'node:stream';
import type { Destination } from '../output/destination.js';
import type { Diagnostics } from '../output/diagnostics.js';

/** What the process edge hands a command: its streams, terminal facts, environment and the date. */
export interface RunContext {
  readonly stdout: Destination;
  /** Standard error as a stream, made only for the spinner; messages go through `diagnostics`. */
  readonly stderr: () => NodeJS.WriteStream | Writable;
  readonly diagnostics: Diagnostics;
  /** Standard input's bytes, read only when a host list comes from it. */
  readonly stdin: () => AsyncIterable<Uint8Array>;
  /** Whether standard input is a pipe or file (a host list) rather than a terminal or nothing. */
  readonly stdinHasData: boolean;
  readonly stderrIsTTY: boolean;
  readonly stdoutIsTTY: boolean;
  /** The width of the terminal stdout writes to; null when stdout is a pipe or a file. */
  readonly stdoutColumns: number | null;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /** Today's date (or SOURCE_DATE_EPOCH's), read once by the process edge. */
  readonly today: string;
  readonly toolVersion: string;
}
