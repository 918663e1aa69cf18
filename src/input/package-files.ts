import { existsSync, readFileSync } from 'node:fs';
import { getAsset, isSea } from 'node:sea';

/** The files the program reads from its own package, by their path in it; a single executable carries them as assets of the same names. */
export const PACKAGE_FILES = {
  manifest: 'package.json',
  catalogSchema: 'catalog/catalog.schema.json',
  embeddedCatalog: 'catalog/exchange.yaml',
  embeddedSnapshot: 'dist/embedded-catalog.json',
  embeddedDocument: 'dist/embedded-document.json',
  catalogValidator: 'dist/catalog-validator.cjs',
  vendorLoader: 'dist/vendor-loader.cjs',
  ignoreFileSchema: 'docs/ignore-file.schema.json',
  configSchema: 'docs/config.schema.json',
} as const;

export type PackageFile = (typeof PACKAGE_FILES)[keyof typeof PACKAGE_FILES];

let root: URL | undefined;

/** The package root: one level above the bundled CLI (dist/), two above the library's own modules (dist/input/). */
function packageRoot(): URL {
  root ??= [new URL('../', import.meta.url), new URL('../../', import.meta.url)].find((url) => existsSync(new URL('package.json', url)));
  if (root === undefined) throw new Error(`no package.json above ${import.meta.url}`);
  return root;
}

/** The program runs as a single executable: its package files are read-only assets. */
export const isSingleExecutable = (): boolean => isSea();

/** Where a package file lives on disk (outside a single executable). */
export const packageFileUrl = (file: PackageFile): URL => new URL(file, packageRoot());

/** A file of the package as text: the executable's asset when running as a single executable, else the file on disk. */
export const readPackageFile = (file: PackageFile): string => (isSingleExecutable() ? getAsset(file, 'utf8') : readFileSync(packageFileUrl(file), 'utf8'));
