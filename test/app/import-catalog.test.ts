import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_CATALOG_PATH, fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

const IMPORT = fixturePath('import');

describe('rollup-check catalog import (in process)', () => {
  it('prints the summary as JSON and exits 0 when nothing is left unresolved', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'rollup-check-import-app-'));
    const catalog = join(directory, 'exchange.yaml');
    copyFileSync(EMBEDDED_CATALOG_PATH, catalog);
    const sources = [join(IMPORT, 'records/CVE-2026-90001.json'), join(IMPORT, 'build-table.csv')];
    const { code, stdout, stderr } = await runInProcess(['catalog', 'import', '--catalog', catalog, '--format', 'json', ...sources]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const summary = JSON.parse(stdout) as { result: string; conflicts: unknown[]; changes: { kind: string; subject: string }[] };
    expect(summary.result).toBe(`written to ${catalog}`);
    expect(summary.conflicts).toEqual([]);
    expect(summary.changes).toContainEqual(expect.objectContaining({ kind: 'fix-added', subject: 'CVE-2026-90001' }));
    expect(readFileSync(catalog, 'utf8')).toContain('factsComplete: 2026-10-13\n');
  });

  it('needs something to import', async () => {
    const { code, stderr } = await runInProcess(['catalog', 'import']);
    expect(code).toBe(2);
    expect(stderr).toContain("missing required argument 'source'");
  });

  it('says so when a source cannot be read', async () => {
    const { code, stderr } = await runInProcess(['catalog', 'import', '--dry-run', '/nonexistent/records']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'rollup-check: /nonexistent/records: cannot read: no such file\nrollup-check: 1 problem in the inputs: nothing imported, nothing written\n',
    );
  });
});
