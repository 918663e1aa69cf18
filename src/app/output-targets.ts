import { guardSink, type GuardedSink } from '../output/guarded-sink.js';
import { atomicFileSink, destinationSink } from '../output/output-sink.js';
import type { Format } from '../render/format-names.js';
import { FORMATS } from '../render/formats.js';
import type { RenderOptions } from '../render/render-options.js';
import type { ColorLevel } from '../shared/color-level.js';
import type { RunContext } from './run-context.js';

/** A file to write a format to, besides stdout (`-o FORMAT=FILE`). */
export interface OutputFile {
  readonly format: Format;
  readonly path: string;
}

export interface OutputTarget {
  readonly format: Format;
  /** Escapes what the format's renderer writes (and colours styled text on stdout) on its way out. */
  readonly sink: GuardedSink;
  readonly toFile: boolean;
}

/** Files get the full width; colour only ever reaches stdout (their sinks paint at level 0). */
export const optionsFor = <O extends RenderOptions>(options: O, target: OutputTarget): O => (target.toFile ? { ...options, width: null } : options);

/** Opens stdout and every output file, runs `use`, and abandons every file (no partial report left) when it fails. */
export async function withOutputTargets<T>(
  format: Format,
  files: readonly OutputFile[],
  colorLevel: ColorLevel,
  context: RunContext,
  use: (targets: readonly OutputTarget[]) => Promise<T>,
): Promise<T> {
  const targets: OutputTarget[] = [{ format, sink: guardSink(destinationSink(context.stdout), FORMATS[format].escaping, colorLevel), toFile: false }];
  try {
    for (const file of files) targets.push({ format: file.format, sink: guardSink(atomicFileSink(file.path), FORMATS[file.format].escaping, 0), toFile: true });
    return await use(targets);
  } catch (error) {
    for (const { sink } of targets) sink.abandon();
    throw error;
  }
}
