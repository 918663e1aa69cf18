import { PACKAGE_FILES, readPackageFile } from './package-files.js';

/** The installed package's version, from its package.json. */
export const readToolVersion = (): string => (JSON.parse(readPackageFile(PACKAGE_FILES.manifest)) as { version: string }).version;
