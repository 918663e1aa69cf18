import { readJsonFile } from './text-files.js';
import { PACKAGE_JSON_URL } from './package-paths.js';

/** The installed package's version, from its package.json. */
export const readToolVersion = (): string => (readJsonFile(PACKAGE_JSON_URL) as { version: string }).version;
