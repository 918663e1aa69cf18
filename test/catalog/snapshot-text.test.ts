import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_CATALOG } from '../../src/app/catalog-location.js';
import { loadLocalCatalogs } from '../../src/app/load-catalogs.js';
import { snapshotOf } from '../../src/app/read-local-catalogs.js';
import { buildCatalogModel } from '../../src/catalog/build-model.js';
import { keyLines } from '../../src/catalog/compact-model.js';
import { releaseKey } from '../../src/catalog/model.js';
import { knownReleaseKeys, reviveSnapshot, snapshotText } from '../../src/catalog/snapshot-text.js';
import { runInProcess } from '../support/run-in-process.js';

describe('the embedded catalog snapshot text', () => {
  it('revives the snapshot it was written from, with each product release keys, lowest build first', async () => {
    const { snapshot, sources } = await snapshotOf([EMBEDDED_CATALOG]);
    const model = buildCatalogModel(snapshot.document, snapshot.source, sources);
    const revived = reviveSnapshot(snapshotText(snapshot, model));
    expect(revived.document.products.map((product) => knownReleaseKeys(product))).toEqual(
      model.products.map((product) => keyLines(product.releases.map((release) => releaseKey(release.name)))),
    );
    expect(JSON.parse(JSON.stringify(revived))).toEqual(JSON.parse(JSON.stringify(snapshot)));
  }, 30_000);

  it('reads the lines of a product only when they are first asked for, as often as asked', async () => {
    const { snapshot, sources } = await snapshotOf([EMBEDDED_CATALOG]);
    const revived = reviveSnapshot(snapshotText(snapshot, buildCatalogModel(snapshot.document, snapshot.source, sources)));
    const [first] = revived.document.products;
    expect(Object.getOwnPropertyDescriptor(first, 'lines')?.get).toBeDefined();
    const lines = first!.lines;
    expect(first!.lines).toBe(lines);
    expect(lines.map((line) => line.name)).toEqual(snapshot.document.products[0]!.lines.map((line) => line.name));
  }, 30_000);
});

describe('an overlay that refers into products of the embedded catalog it does not extend', () => {
  const work = mkdtempSync(join(tmpdir(), 'rollup-check-overlay-refers-'));
  const overlay = (name: string, inherits: string): string => {
    const path = join(work, name);
    writeFileSync(
      path,
      `schemaVersion: 1
published: 2026-11-20
products:
  - id: exchange-2019
    lines:
      - name: CU14
        releases:
          - name: Contoso private fix
            build: 15.2.1544.12
            date: 2024-05-20
            kind: private
            includedIn: Exchange 2019 CU14 Nov24SUv2
            inherits: ${inherits}
`,
    );
    return path;
  };

  it('inherits from a release of another product', async () => {
    const file = overlay('inherits.yaml', 'Exchange 2016 CU23 Nov24SUv2');
    const catalog = await loadLocalCatalogs([EMBEDDED_CATALOG, { path: file, shownAs: file }]);
    const release = catalog.releasesByName.get('contoso private fix');
    expect([release?.inherits?.name, release?.inherits?.product.id]).toEqual(['Exchange 2016 CU23 Nov24SUv2', 'exchange-2016']);
  }, 30_000);

  it('is refused, with the overlay line, when the release it inherits from is in no product', async () => {
    const file = overlay('inherits-nothing.yaml', 'Exchange 2016 CU99');
    const { code, stderr } = await runInProcess(['15.2.1544.12', '--catalog', file]);
    expect(code).toBe(3);
    expect(stderr).toBe(`rollup-check: ${file}:13:13: products[0].lines[0].releases[0].inherits: "Contoso private fix" inherits from "Exchange 2016 CU99", which is not a release of the catalog\n`);
  }, 30_000);
});
