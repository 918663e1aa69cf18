import { fileURLToPath } from 'node:url';

/**
 * The command line the end-to-end tests run: `node bin/rollup-check.cjs`, or the single executable
 * that ROLLUP_CHECK_EXECUTABLE names (`npm run test:package` runs them on the Linux executable).
 */
const EXECUTABLE = process.env.ROLLUP_CHECK_EXECUTABLE;
const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));

/** The program and its first arguments, for spawn. */
export const binCommand = (args: readonly string[]): [string, string[]] => (EXECUTABLE ? [EXECUTABLE, [...args]] : [process.execPath, [BIN, ...args]]);

const quote = (word: string): string => `'${word.replace(/'/g, "'\\''")}'`;

/** The same for a shell command line. */
export const binShell = EXECUTABLE ? quote(EXECUTABLE) : `${quote(process.execPath)} ${quote(BIN)}`;
