import { join } from 'node:path';
import { compileHostGlob } from '../gate/host-glob.js';
import type { IgnoreEntry } from '../gate/gate-policy.js';
import { validateIgnoreFile } from '../gate/ignore-file.js';
import { PACKAGE_FILES, readPackageFile } from '../input/package-files.js';
import { describeReadError, readTextFile } from '../input/text-files.js';
import { UsageError } from '../shared/errors.js';

import { compileSchema } from './compile-schema.js';
import { DEFAULT_IGNORE_FILE } from './ignore-file-name.js';

/** The accepted findings: the file given, or the default file in the working directory when it exists. */
export function loadIgnoreFile(explicit: string | null, cwd: string, maxBytes?: number): readonly IgnoreEntry[] {
  const path = explicit ?? join(cwd, DEFAULT_IGNORE_FILE);
  let text: string;
  try {
    text = readTextFile(path, maxBytes);
  } catch (error) {
    if (explicit === null && (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new UsageError(`${path}: cannot read the ignore file: ${describeReadError(error)}`);
  }
  const { entries, errors } = validateIgnoreFile(
    text,
    explicit ?? DEFAULT_IGNORE_FILE,
    compileSchema(JSON.parse(readPackageFile(PACKAGE_FILES.ignoreFileSchema)) as object),
  );
  if (errors.length > 0) throw new UsageError(errors);
  return entries.map((entry) => ({ ...entry, matchesHost: entry.hosts === null ? null : compileHostGlob(entry.hosts) }));
}
