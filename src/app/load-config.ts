import { join, resolve } from 'node:path';
import { CONFIG_SCHEMA_URL } from '../input/package-paths.js';
import { describeReadError, fileExists, readJsonFile, readTextFile } from '../input/text-files.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import { validateYamlText, type SourcePosition } from '../parse/yaml/validate-yaml.js';
import { UsageError } from '../shared/errors.js';
import { formatSourceProblem } from '../shared/source-problem.js';
import { compileSchema } from './compile-schema.js';

export const DEFAULT_CONFIG_FILE = '.rollup-check.yaml';

export interface LoadedConfig {
  /** How messages name the file. */
  readonly file: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
}

/** Whether a default config file exists in the working directory (a stat, so a run without one costs nothing more). */
export const defaultConfigExists = (cwd: string): boolean => fileExists(join(cwd, DEFAULT_CONFIG_FILE));

/** Reads and validates a config file against docs/config.schema.json; every problem as file:line:column (exit 2). */
export function loadConfig(explicit: string | null, cwd: string): LoadedConfig {
  const path = resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readTextFile(path);
  } catch (error) {
    throw new UsageError(`${file}: cannot read the config file: ${describeReadError(error)}`);
  }
  const validation = validateYamlText<Record<string, unknown>>(text, file, {
    schema: compileSchema(readJsonFile(CONFIG_SCHEMA_URL) as object),
    patternMeaning: () => 'has the wrong form',
  });
  if (validation.data === null || validation.errors.length > 0) throw new UsageError(validation.errors.map(formatSourceProblem).join('\n'));
  return { file, values: validation.data ?? {}, positionOf: validation.positionOf };
}
