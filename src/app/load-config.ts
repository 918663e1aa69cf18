import { resolve } from 'node:path';
import { PACKAGE_FILES, readPackageFile } from '../input/package-files.js';
import { describeReadError, readTextFile } from '../input/text-files.js';
import type { DocumentPath } from '../parse/yaml/document-finding.js';
import { validateYamlText, type SourcePosition } from '../parse/yaml/validate-yaml.js';
import { UsageError } from '../shared/errors.js';
import { formatSourceProblem } from '../shared/source-problem.js';
import { compileSchema } from './compile-schema.js';
import { DEFAULT_CONFIG_FILE } from './config-file-name.js';

export interface LoadedConfig {
  /** How messages name the file. */
  readonly file: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly positionOf: (path: DocumentPath) => SourcePosition;
}

/** Reads and validates a config file against docs/config.schema.json; every problem as file:line:column (exit 2). */
export function loadConfig(explicit: string | null, cwd: string, maxBytes?: number): LoadedConfig {
  const path = resolve(cwd, explicit ?? DEFAULT_CONFIG_FILE);
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  let text: string;
  try {
    text = readTextFile(path, maxBytes);
  } catch (error) {
    throw new UsageError(`${file}: cannot read the config file: ${describeReadError(error)}`);
  }
  const validation = validateYamlText<Record<string, unknown>>(text, file, {
    schema: compileSchema(JSON.parse(readPackageFile(PACKAGE_FILES.configSchema)) as object),
    patternMeaning: () => 'has the wrong form',
  });
  if (validation.data === null || validation.errors.length > 0) throw new UsageError(validation.errors.map(formatSourceProblem).join('\n'));
  return { file, values: validation.data ?? {}, positionOf: validation.positionOf };
}
