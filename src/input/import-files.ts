import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_INPUT_BYTES, describeReadError, readTextFile } from './text-files.js';

/** A file given to `catalog import` (or found in a folder given), with its text or why it could not be read. */
export type ImportFile = { readonly file: string; readonly text: string } | { readonly file: string; readonly problem: string };

const IMPORTABLE = /\.(json|csv)$/i;

/** The files under a folder that an import reads (.json and .csv), in name order, depth first. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return entry.isFile() && IMPORTABLE.test(entry.name) ? [path] : [];
    });
}

/** Reads every file given, and every .json and .csv file in every folder given, each of at most `maxBytes`. */
export function readImportFiles(paths: readonly string[], maxBytes = DEFAULT_MAX_INPUT_BYTES): ImportFile[] {
  return paths.flatMap((path): ImportFile[] => {
    try {
      if (statSync(path).isDirectory()) return filesUnder(path).map((file) => readOne(file, maxBytes));
      return [readOne(path, maxBytes)];
    } catch (error) {
      return [{ file: path, problem: `cannot read: ${describeReadError(error)}` }];
    }
  });
}

function readOne(file: string, maxBytes: number): ImportFile {
  try {
    return { file, text: readTextFile(file, maxBytes) };
  } catch (error) {
    return { file, problem: `cannot read: ${describeReadError(error)}` };
  }
}
