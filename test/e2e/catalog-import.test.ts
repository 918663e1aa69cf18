import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_CATALOG_PATH, fixturePath } from '../support/helpers.js';

const BIN = fileURLToPath(new URL('../../bin/rollup-check.cjs', import.meta.url));
const IMPORT = fixturePath('import');
const SOURCES = ['records', 'records-revised', 'build-table.csv', 'kev.json'].map((name) => join(IMPORT, name));

function rollupCheck(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, SOURCE_DATE_EPOCH: '1795478400' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the shipped catalog to import into, in a fresh folder. */
function catalogCopy(): { directory: string; catalog: string } {
  const directory = mkdtempSync(join(tmpdir(), 'rollup-check-import-'));
  const catalog = join(directory, 'exchange.yaml');
  copyFileSync(EMBEDDED_CATALOG_PATH, catalog);
  return { directory, catalog };
}

describe('rollup-check catalog import (built binary)', { timeout: 60_000 }, () => {
  it('--dry-run prints the review summary, exits 1 for the conflicts and writes nothing', () => {
    const { directory, catalog } = catalogCopy();
    const { status, stdout, stderr } = rollupCheck(['catalog', 'import', '--catalog', catalog, '--dry-run', ...SOURCES]);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain(`Import into ${catalog} (dry run: nothing written)`);
    expect(stdout).toContain('  + Exchange 2019 CU15 Oct26SU: 15.2.1748.55, 2026-10-13, KB5130002: exchange-2019 CU15, ESU only (after the end of support)');
    expect(stdout).toContain('  ~ Exchange SE RTM Oct26SUv2: replaces Exchange SE RTM Oct26SU');
    expect(stdout).toContain('  ~ CVE-2026-90001: known exploited (CISA KEV, added 2026-10-15)');
    expect(stdout).toMatch(/CVE-2026-90002: first fixed build on exchange-se RTM moved from "Exchange SE RTM Oct26SU" to "Exchange SE RTM Oct26SUv2"/);
    expect(stdout).toContain('6 releases added, 5 fixes added, 6 facts changed, 5 conflicts');
    expect(readFileSync(catalog, 'utf8')).toBe(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8'));
    expect(readdirSync(directory)).toEqual(['exchange.yaml']);
  });

  it('-o writes an overlay that layers cleanly on the embedded catalog, and leaves the catalog alone', () => {
    const { directory, catalog } = catalogCopy();
    const overlay = join(directory, 'overlay.yaml');
    const run = rollupCheck(['catalog', 'import', '--catalog', catalog, '-o', overlay, ...SOURCES]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`(overlay written to ${overlay})`);
    expect(run.stdout).toContain('overlay: CVE-2026-21527: an overlay cannot change a fix an earlier catalog defines; import into the catalog itself');
    expect(readFileSync(catalog, 'utf8')).toBe(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8'));
    const lint = rollupCheck(['catalog', 'lint', overlay]);
    expect(lint.stderr).toMatch(
      /^rollup-check: 0 errors, \d+ warnings in 1 catalog; \d+ findings in the catalogs they extend \(--include-base lists them\)\n$/,
    );
    expect(lint.status).toBe(0);
    const check = rollupCheck(['15.2.2562.53', '--catalog', overlay, '--as-of', '2026-11-24', '--format', 'json']);
    const report = JSON.parse(check.stdout) as { recommended: { name: string }; exposed: { id: string }[] };
    expect(report.recommended.name).toBe('Exchange SE RTM Oct26SUv2');
    expect(report.exposed.map((fix) => fix.id)).toEqual(expect.arrayContaining(['CVE-2026-90001', 'CVE-2026-90002']));
  });

  it('writes the catalog atomically, and a second import of the same files leaves it byte for byte', () => {
    const { directory, catalog } = catalogCopy();
    expect(rollupCheck(['catalog', 'import', '--catalog', catalog, ...SOURCES]).status).toBe(1);
    const once = readFileSync(catalog, 'utf8');
    expect(once).toContain('          - name: Exchange SE RTM Oct26SUv2\n            build: 15.2.2562.57\n');
    const again = rollupCheck(['catalog', 'import', '--catalog', catalog, ...SOURCES]);
    expect(again.stdout).toContain(`(nothing to change)`);
    expect(again.stdout).toContain('0 releases added, 0 fixes added, 0 facts changed, 5 conflicts');
    expect(readFileSync(catalog, 'utf8')).toBe(once);
    expect(readdirSync(directory)).toEqual(['exchange.yaml']);
    expect(rollupCheck(['catalog', 'lint', '--no-default-catalog', '--catalog', catalog]).status).toBe(0);
  });

  it('names every bad input by file and JSON pointer (or line), exits 2 and writes nothing', () => {
    const { directory, catalog } = catalogCopy();
    const malformed = join(IMPORT, 'malformed');
    const { status, stdout, stderr } = rollupCheck(['catalog', 'import', '--catalog', catalog, ...SOURCES, malformed]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual([
      `rollup-check: ${malformed}/bad-json.json: not valid JSON at line 6, column 3: Expected double-quoted property name`,
      `rollup-check: ${malformed}/bad-kev.json: /vulnerabilities/1/dateAdded: must be a date as YYYY-MM-DD, not "16/10/2026"`,
      `rollup-check: ${malformed}/bad-kev.json: /vulnerabilities/2/cveID: missing: must be a string`,
      `rollup-check: ${malformed}/bad-table.csv: line 3: Build Number "15.2.x.57" is not a build of four numeric parts`,
      `rollup-check: ${malformed}/bad-table.csv: line 4: Date "13/20/2026" is not a date as M/D/YYYY`,
      `rollup-check: ${malformed}/wrong-types.json: /cveMetadata/cveId: must be a string`,
      `rollup-check: ${malformed}/wrong-types.json: /containers/cna/affected/0/versions/0/lessThan: must be a string`,
      `rollup-check: ${malformed}/wrong-types.json: /containers/cna/metrics/0/cvssV3_1/baseScore: must be a number`,
      'rollup-check: 8 problems in the inputs: nothing imported, nothing written',
    ]);
    expect(readFileSync(catalog, 'utf8')).toBe(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8'));
    expect(existsSync(join(directory, 'overlay.yaml'))).toBe(false);
  });

  it('exits 3 for a broken target catalog', () => {
    const { status, stderr } = rollupCheck(['catalog', 'import', '--catalog', fixturePath('catalogs/broken/wrong-types.yaml'), ...SOURCES]);
    expect(status).toBe(3);
    expect(stderr).toMatch(/wrong-types\.yaml:\d+:\d+: /);
  });
});
