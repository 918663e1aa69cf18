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
    expect(output.exports).toEqual(expect.arrayContaining(['analyze', 'analyzeBuildString', 'loadCatalog', 'parseBuildString', 'EXIT_CODES', 'CatalogError']));
  });
});

describe('the library API', () => {
  it('loads catalogs and analyses a build', async () => {
    const library = (await import(LIBRARY)) as typeof import('../src/index.js');
    const catalog = await library.loadCatalog({ files: [fileURLToPath(new URL('./fixtures/catalogs/overlays/private-fix.yaml', import.meta.url))] });
    const report = library.analyze(catalog, '15.2.1544.10', { asOf: '2024-06-01', require: ['CONTOSO-1'] });
    expect(report.installed.name).toMatch(/^Contoso private fix/);
    expect(report.required).toEqual([{ id: 'CONTOSO-1', state: 'present' }]);
    expect(() => library.analyze(catalog, 'nonsense')).toThrow(library.BuildStringError);
  });
});
