export type OutputChunk = string | Uint8Array;

export interface OutputSink {
  /** Adds to the batch; returns a promise only when the batch was full and is being written. */
  readonly write: (chunk: OutputChunk | readonly OutputChunk[]) => Promise<void> | undefined;
  /** Writes what is batched now (after each batch of input rows, so records reach a slow reader as they are complete). */
  readonly flush: () => Promise<void> | undefined;
  readonly finish: () => Promise<void>;
  readonly abandon: () => void;
}
