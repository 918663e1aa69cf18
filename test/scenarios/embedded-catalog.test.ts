import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBuild } from '../../src/parse/build/build.js';
import { inspectCatalogs, snapshotOf } from '../../src/app/read-local-catalogs.js';
import type { Catalog } from '../../src/catalog/model.js';
import type { SourceProblem } from '../../src/shared/source-problem.js';
import { EMBEDDED_CATALOG_PATH, loadCatalogFile } from '../support/helpers.js';

let catalog: Catalog;
let warnings: readonly SourceProblem[];
beforeAll(async () => {
  catalog = await loadCatalogFile(EMBEDDED_CATALOG_PATH);
  ({ warnings } = await inspectCatalogs([{ path: EMBEDDED_CATALOG_PATH, shownAs: EMBEDDED_CATALOG_PATH }]));
});

describe('the shipped Exchange catalog', () => {
  it('validates without errors; the only warnings are the six releases no source names a KB for', () => {
    expect(warnings.map((warning) => `${warning.rule} ${warning.message.replace(/^.*: /, '')}`)).toEqual([
      'release-has-kb "Exchange 2007 RU5" has no KB article',
      'release-has-kb "Exchange 2007 RU6" has no KB article',
      'release-has-kb "Exchange 2016 CU18 Feb21SU" has no KB article',
      'release-has-kb "Exchange 2016 CU19 Feb21SU" has no KB article',
      'release-has-kb "Exchange 2019 CU7 Feb21SU" has no KB article',
      'release-has-kb "Exchange 2019 CU8 Feb21SU" has no KB article',
    ]);
  });

  it('covers every Exchange product from 2007 to Subscription Edition', () => {
    expect(catalog.products.map((product) => product.id)).toEqual([
      'exchange-2007',
      'exchange-2010',
      'exchange-2013',
      'exchange-2016',
      'exchange-2019',
      'exchange-se',
    ]);
    expect(catalog.products.reduce((count, product) => count + product.releases.length, 0)).toBe(420);
  });

  it.each([
    ['Exchange 2007 SP1 RU4', '8.1.311.3'],
    ['Exchange 2019 CU14 Nov24SUv2', '15.2.1544.14'],
    ['Exchange SE RTM Feb26SU', '15.2.2562.37'],
    ['Exchange 2019 CU12 Oct22SU', '15.2.1118.15'],
    ['Exchange 2016 CU10 Aug18SU', '15.1.1531.6'],
  ])('names %s exactly as Microsoft does (%s)', (name, build) => {
    expect(formatBuild(catalog.releasesByName.get(name.toLowerCase())!.build)).toBe(build);
  });

  it('marks dates inferred from the update month as derived', async () => {
    const { snapshot } = await snapshotOf([{ path: EMBEDDED_CATALOG_PATH, shownAs: 'exchange.yaml' }]);
    const releases = snapshot.document.products.flatMap((product) => product.lines.flatMap((line) => line.releases));
    expect(releases.find((release) => release.name === 'Exchange 2016 CU10 Aug18SU')).toMatchObject({ date: '2018-08-14', dateDerived: true });
    expect(releases.find((release) => release.name === 'Exchange 2016 CU23 Aug26SU')?.dateDerived).toBeUndefined();
    expect(releases.filter((release) => release.dateDerived)).toHaveLength(72);
  });

  it('records the March 2021 packages for old CUs as non-cumulative', () => {
    expect(catalog.releasesByName.get('exchange 2016 cu8 mar21su')!.cumulative).toBe(false);
    expect(catalog.releasesByName.get('exchange 2019 cu8 mar21su')!.cumulative).toBe(true);
  });

  it('carries severity, score and known exploitation for the ProxyLogon flaw', () => {
    expect(catalog.fixes.get('CVE-2021-26855')).toMatchObject({ kind: 'security', severity: 'critical', cvss: 9.1, exploited: true });
  });

  it('points editors at its JSON Schema', () => {
    expect(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=./catalog.schema.json');
  });
});

describe('the built snapshot the CLI reads', () => {
  it('was built from the current YAML (run npm run build after editing the catalog)', () => {
    const [header] = JSON.parse(readFileSync(new URL('../../dist/embedded-catalog.json', import.meta.url), 'utf8')) as [{ source: { digest: string } }];
    expect(header.source.digest).toBe(catalog.source.digest);
  });
});
