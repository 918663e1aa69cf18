import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describeReadError } from './text-files.js';

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

/** Reads every file given, and every .json and .csv file in every folder given. */
export function readImportFiles(paths: readonly string[]): ImportFile[] {
  return paths.flatMap((path): ImportFile[] => {
    try {
      if (statSync(path).isDirectory()) return filesUnder(path).map((file) => readOne(file));
      return [readOne(path)];
    } catch (error) {
      return [{ file: path, problem: `cannot read: ${describeReadError(error)}` }];
    }
  });
}

function readOne(file: string): ImportFile {
  try {
    return { file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    return { file, problem: `cannot read: ${describeReadError(error)}` };
  }
}
