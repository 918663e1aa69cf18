import { guardSink, type GuardedSink } from '../output/guarded-sink.js';
import { destinationSink } from '../output/output-sink.js';
import { descriptorOf, openReportFile } from '../output/report-file.js';
import { isSameFile } from '../output/same-file.js';
import type { Format } from '../render/format-names.js';
import { FORMATS } from '../render/formats.js';
import type { RenderOptions } from '../render/render-options.js';
import type { ColorLevel } from '../shared/color-level.js';
import { UsageError } from '../shared/errors.js';
import type { InputPath } from './input-paths.js';
import type { RunContext } from './run-context.js';

/** A file to write a format to, besides stdout (`-o FORMAT=FILE`; `-` is standard output). */
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

/** Refuses, before anything is read or written, a report file that is also a file the run reads. */
export function refuseOverwritingInputs(files: readonly OutputFile[], inputs: readonly InputPath[]): void {
  for (const file of files) {
    const input = inputs.find((candidate) => isSameFile(file.path, candidate.path));
    if (input) throw new UsageError(`-o ${file.format}=${file.path} would overwrite the ${input.what} ${input.path}; write the report elsewhere`);
  }
}

const writesStandardOutput = (file: OutputFile): boolean => file.path === '-' || descriptorOf(file.path) === 1;

/**
 * Refuses, for a host list, a report file that is standard output: its records and those of
 * --format would interleave there as hosts are checked. (For one build the reports follow each other.)
 */
export function refuseInterleavedStdout(files: readonly OutputFile[], format: Format): void {
  const file = files.find(writesStandardOutput);
  if (file)
    throw new UsageError(
      `-o ${file.format}=${file.path} would interleave with --format ${format} on standard output for a host list; give ${file.format} as --format instead`,
    );
}

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
    for (const file of files) {
      const toStdout = writesStandardOutput(file);
      const sink = toStdout ? destinationSink(context.stdout) : openReportFile(file.path);
      targets.push({ format: file.format, sink: guardSink(sink, FORMATS[file.format].escaping, toStdout ? colorLevel : 0), toFile: !toStdout });
    }
    return await use(targets);
  } catch (error) {
    for (const { sink } of targets) sink.abandon();
    throw error;
  }
}
