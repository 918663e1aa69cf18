import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LIBRARY = fileURLToPath(new URL('../dist/index.js', import.meta.url));

describe('the library entry point', () => {
  it('prints nothing, sets no exit code and leaves the process as it was when imported', () => {
    const probe = `
      const before = { exitCode: process.exitCode, listeners: process.listenerCount('exit') + process.stdout.listenerCount('error') };
      const library = await import(${JSON.stringify(LIBRARY)});
      const after = { exitCode: process.exitCode, listeners: process.listenerCount('exit') + process.stdout.listenerCount('error') };
      console.log(JSON.stringify({ same: JSON.stringify(before) === JSON.stringify(after), exports: Object.keys(library).sort() }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const output = JSON.parse(result.stdout) as { same: boolean; exports: string[] };
    expect(output.same).toBe(true);
    expect(output.exports).toEqual(expect.arrayContaining(['analyzeBuildString', 'loadCatalogFile', 'loadEmbeddedCatalog', 'parseBuildString']));
  });
});
