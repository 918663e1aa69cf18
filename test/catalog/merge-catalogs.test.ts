import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CatalogDocument, ProductDocument, ReleaseDocument } from '../../src/catalog/document.js';
import { mergeCatalogs, type CatalogPart } from '../../src/catalog/merge-catalogs.js';
import { fixturePath } from '../support/helpers.js';
import { runInProcess } from '../support/run-in-process.js';

const PRIVATE = ['--catalog', fixturePath('catalogs/overlays/private-fix.yaml'), '--as-of', '2024-06-01'];

describe('overlay catalogs', () => {
  it('identifies a server on a private fix and names the public rollup that supersedes it', async () => {
    const { code, stdout, stderr } = await runInProcess(['15.2.1544.10', ...PRIVATE, '-f', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { installed: { name: string; match: string }; recommended: { name: string } };
    expect(report.installed).toMatchObject({ name: 'Contoso private fix for Exchange 2019 CU14 (case 2405070010001234)', match: 'exact' });
    expect(report.recommended.name).toBe('Exchange 2019 CU14 Apr24HU');
    expect(stderr).toContain('is a private fix; Exchange 2019 CU14 Nov24SUv2 (or any later rollup on its line) carries its fixes and returns the server to a known, supported state');
  });

  it('credits the private fix to the public rollup named to include it, and not before', async () => {
    const before = JSON.parse((await runInProcess(['15.2.1544.11', '--catalog', fixturePath('catalogs/overlays/private-fix.yaml'), '--as-of', '2024-12-01', '-f', 'json'])).stdout) as { exposed: { id: string }[] };
    expect(before.exposed.map((fix) => fix.id)).toContain('CONTOSO-1');
    const after = JSON.parse((await runInProcess(['15.2.1544.14', '--catalog', fixturePath('catalogs/overlays/private-fix.yaml'), '--as-of', '2024-12-01', '-f', 'json'])).stdout) as { exposed: { id: string }[] };
    expect(after.exposed.map((fix) => fix.id)).not.toContain('CONTOSO-1');
  });

  it('never recommends a private fix', async () => {
    const report = JSON.parse((await runInProcess(['15.2.1544.9', ...PRIVATE, '-f', 'json'])).stdout) as { recommended: { name: string } };
    expect(report.recommended.name).toBe('Exchange 2019 CU14 Apr24HU');
  });

  it('names every catalog used in the output', async () => {
    const report = JSON.parse((await runInProcess(['15.2.1544.10', ...PRIVATE, '-f', 'json'])).stdout) as { catalog: { file: string; published: string }; catalogs: { file: string }[] };
    expect(report.catalogs.map((catalog) => catalog.file)).toEqual(['embedded:exchange.yaml', fixturePath('catalogs/overlays/private-fix.yaml')]);
    expect(report.catalog.published).toBe('2026-11-30');
  });

  it('refuses an overlay that contradicts the base, naming both files and lines', async () => {
    const file = fixturePath('catalogs/overlays/conflicting.yaml');
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--catalog', file]);
    expect(code).toBe(3);
    expect(stderr).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:10:13: products\\[0\\]\\.lines\\[0\\]\\.releases\\[0\\]: build 15\\.2\\.1544\\.4 is "Exchange 2019 CU14 Hotfix" here but "Exchange 2019 CU14" in an earlier catalog \\(embedded:exchange\\.yaml:\\d+\\)`));
    expect(stderr).toContain('"Exchange 2019 CU14 Nov24SUv2" is build 15.2.1544.15 here but 15.2.1544.14 in an earlier catalog (embedded:exchange.yaml:');
  });

  it('can leave out the embedded catalog', async () => {
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--no-default-catalog', '--catalog', fixturePath('catalogs/servicing.yaml')]);
    expect(code).toBe(4);
    expect(stderr).toContain('no product in the catalog covers this build');
  });
});

describe('overlays that extend what the base defines', () => {
  const file = fixturePath('catalogs/overlays/extend-release.yaml');

  it('adds fixes to a release the base already lists', async () => {
    const { stdout } = await runInProcess(['15.2.1544.13', '--catalog', file, '--as-of', '2024-12-01', '-f', 'json']);
    expect((JSON.parse(stdout) as { exposed: { id: string }[] }).exposed.map((fix) => fix.id)).toContain('CONTOSO-2');
  });

  it('refuses a release re-listed with another date, naming both places', async () => {
    const { code, stderr } = await runInProcess(['15.2.1544.13', '--catalog', fixturePath('catalogs/overlays/conflicting.yaml')]);
    expect(code).toBe(3);
    expect(stderr).toMatch(/conflicting\.yaml:12:13: products\[0\]\.lines\[0\]\.releases\[2\]: "Exchange 2019 CU14 Aug26SU" has another date than in an earlier catalog \(embedded:exchange\.yaml:\d+\)/);
  });
});

describe('options and the environment', () => {
  it('refuses catalog options given before a command name instead of ignoring them', async () => {
    const { code, stderr } = await runInProcess(['--catalog', fixturePath('catalogs/overlays/private-fix.yaml'), 'explain', 'CONTOSO-1']);
    expect(code).toBe(2);
    expect(stderr).toBe('rollup-check: put --catalog after "explain": options before a command name are not passed to it\n');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not a time', async () => {
    const { code, stderr } = await runInProcess(['15.2.1544.4'], { env: { SOURCE_DATE_EPOCH: '99999999999999999' } });
    expect(code).toBe(2);
    expect(stderr).toBe('rollup-check: SOURCE_DATE_EPOCH must be seconds since 1970-01-01 up to the year 9999, not "99999999999999999"\n');
  });
});

describe('overlays that name an existing product by its id alone', () => {
  it('extends the embedded product without repeating its name or builds', async () => {
    const file = fixturePath('catalogs/overlays/private-fix.yaml');
    const { code, stdout } = await runInProcess(['15.2.1544.10', '--catalog', file, '--as-of', '2024-06-01', '-f', 'json']);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as { product: { name: string } }).product.name).toBe('Exchange Server 2019');
  });

  it('refuses a product that no catalog gives a name and builds', async () => {
    const file = fixturePath('catalogs/overlays/unknown-product.yaml');
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--catalog', file]);
    expect(code).toBe(3);
    expect(stderr).toContain(`${file}:5:5: products[0].id: product exchange-2029 has no name and builds: an overlay that extends a product must name one an earlier catalog defines`);
  });

  it('still checks the lines an overlay touches on top of the embedded snapshot', async () => {
    const file = fixturePath('catalogs/overlays/broken-line.yaml');
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--catalog', file]);
    expect(code).toBe(3);
    expect(stderr).toContain(`${file}:14:13: products[0].lines[0].releases[0].replaces: "Exchange 2019 CU14 Contoso rebuild" replaces "Exchange 2019 CU99 Nov24SU", which is not a release on its line`);
  });

  it('tells a server before the public release that a private fix is included in that release', async () => {
    const file = fixturePath('catalogs/overlays/private-fix.yaml');
    const { stdout } = await runInProcess(['15.2.1544.4', '--catalog', file, '--as-of', '2025-01-15', '-f', 'json']);
    const contoso = (JSON.parse(stdout) as { exposed: { id: string; fixedIn: string; date: string }[] }).exposed.find((fix) => fix.id === 'CONTOSO-1');
    expect(contoso).toMatchObject({ fixedIn: 'Exchange 2019 CU14 Nov24SUv2', date: '2024-11-27' });
  });
});

describe('rules over what an overlay adds to the embedded catalog', () => {
  const work = mkdtempSync(join(tmpdir(), 'rollup-check-overlay-rules-'));
  const overlay = (name: string, text: string): string => {
    const path = join(work, name);
    writeFileSync(path, text);
    return path;
  };

  it('refuses a release named like one of another embedded product, placing the embedded one by its line', async () => {
    const file = overlay(
      'same-name.yaml',
      `schemaVersion: 1
published: 2026-11-20
products:
  - id: exchange-2016
    lines:
      - name: CU23
        releases:
          - name: Exchange 2019 CU14 Nov24SUv2
            build: 15.1.2507.45
            date: 2025-01-10
            kind: private
            includedIn: Exchange 2016 CU23 Apr25HU
`,
    );
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--catalog', file]);
    expect(code).toBe(3);
    expect(stderr).toBe(
      `rollup-check: embedded:exchange.yaml:2803:13: products[4].lines[15].releases[4].name: release name "Exchange 2019 CU14 Nov24SUv2" is defined twice (first at ${file}:line 8)\n`,
    );
  });

  it('refuses a date that is no calendar day on a line the overlay extends', async () => {
    const file = overlay(
      'no-such-day.yaml',
      `schemaVersion: 1
published: 2026-11-20
products:
  - id: exchange-2019
    lines:
      - name: CU14
        releases:
          - name: Contoso private fix
            build: 15.2.1544.12
            date: 2024-02-30
            kind: private
            includedIn: Exchange 2019 CU14 Nov24SUv2
`,
    );
    const { code, stderr } = await runInProcess(['15.2.1544.4', '--catalog', file]);
    expect(code).toBe(3);
    expect(stderr).toBe(`rollup-check: ${file}:10:13: products[0].lines[0].releases[0].date: 2024-02-30 is not a calendar date\n`);
  });
});

describe('mergeCatalogs', () => {
  const release = (name: string, build: string): ReleaseDocument => ({ name, build, date: '2024-01-01', kind: 'cu' });
  const product = (id: string, from: string, releases: ReleaseDocument[]): ProductDocument => ({ id, name: id, builds: { from, below: `${from.split('.')[0]!}.9.0.0` }, lines: [{ name: 'CU1', releases }] });
  const part = (document: CatalogDocument): CatalogPart => ({ document, positionOf: (path) => ({ file: 'f', line: 1, column: 1, path }) });

  it('keeps the products no later catalog names as they are, and copies the ones it extends without changing the first catalog', () => {
    const base: CatalogDocument = { schemaVersion: 1, published: '2024-01-01', products: [product('a', '1.0.0.0', [release('A CU1', '1.1.0.0')]), product('b', '2.0.0.0', [release('B CU1', '2.1.0.0')])] };
    const before = structuredClone(base);
    const overlay: CatalogDocument = {
      schemaVersion: 1,
      published: '2024-02-01',
      products: [{ id: 'b', lines: [{ name: 'CU1', releases: [{ ...release('B CU1 SU1', '2.1.0.1'), kind: 'su' }] }] } as unknown as ProductDocument],
    };
    const merged = mergeCatalogs([part(base), part(overlay)]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.document.products[0]).toBe(base.products[0]);
    expect(merged.document.products[1]).not.toBe(base.products[1]);
    expect(merged.document.products[1]!.lines[0]!.releases.map((entry) => entry.name)).toEqual(['B CU1', 'B CU1 SU1']);
    expect(base).toEqual(before);
    expect([...merged.keptProducts]).toEqual([base.products[0]]);
    expect([...merged.firstCatalogLines]).toEqual([]);
  });

  it('places a problem in a kept product where the first catalog has it, after a product listed twice there', () => {
    const base: CatalogDocument = {
      schemaVersion: 1,
      published: '2024-01-01',
      products: [product('a', '1.0.0.0', [release('A CU1', '1.1.0.0')]), product('a', '1.0.0.0', [release('A CU2', '1.2.0.0')]), product('b', '2.0.0.0', [release('B CU1', '2.1.0.0')])],
    };
    const overlay: CatalogDocument = { schemaVersion: 1, published: '2024-02-01', products: [product('c', '3.0.0.0', [release('C CU1', '3.1.0.0')])] };
    const merged = mergeCatalogs([part(base), part(overlay)]);
    expect(merged.document.products.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
    expect(merged.positionOf(['products', 1, 'lines', 0, 'releases', 0, 'date']).path).toEqual(['products', 2, 'lines', 0, 'releases', 0, 'date']);
  });
});
