import { atomicFileSink, destinationSink, type OutputSink } from '../output/output-sink.js';
import type { Format } from '../render/format-names.js';
import type { RenderOptions } from '../render/render-options.js';
import type { RunContext } from './run-context.js';

/** A file to write a format to, besides stdout (`-o FORMAT=FILE`). */
export interface OutputFile {
  readonly format: Format;
  readonly path: string;
}

export interface OutputTarget {
  readonly format: Format;
  readonly sink: OutputSink;
  readonly toFile: boolean;
}

/** Colour only on stdout; files never get escape sequences. */
export const optionsFor = <O extends RenderOptions>(options: O, target: OutputTarget): O => (target.toFile ? { ...options, colorLevel: 0 } : options);

/** Opens stdout and every output file, runs `use`, and abandons every file (no partial report left) when it fails. */
export async function withOutputTargets<T>(
  format: Format,
  files: readonly OutputFile[],
  context: RunContext,
  use: (targets: readonly OutputTarget[]) => Promise<T>,
): Promise<T> {
  const targets: OutputTarget[] = [{ format, sink: destinationSink(context.stdout), toFile: false }];
  try {
    for (const file of files) targets.push({ format: file.format, sink: atomicFileSink(file.path), toFile: true });
    return await use(targets);
  } catch (error) {
    for (const { sink } of targets) sink.abandon();
    throw error;
  }
}
