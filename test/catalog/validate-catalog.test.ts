import { describe, expect, it } from 'vitest';
import { inspectCatalogs } from '../../src/app/read-local-catalogs.js';
import { CatalogError } from '../../src/shared/errors.js';
import { formatSourceProblem } from '../../src/shared/source-problem.js';
import { fixturePath, loadCatalogFile } from '../support/helpers.js';

const warningsOf = async (file: string) => (await inspectCatalogs([{ path: file, shownAs: file }])).warnings;

async function problemsOf(name: string): Promise<string[]> {
  const file = fixturePath(`catalogs/broken/${name}`);
  try {
    await loadCatalogFile(file);
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogError);
    return (error as CatalogError).problems.map((problem) => formatSourceProblem(problem).replace(`${file}:`, ''));
  }
  throw new Error(`${name} was accepted`);
}

describe('catalog validation', () => {
  it('accepts a valid catalog', async () => {
    const catalog = await loadCatalogFile(fixturePath('catalogs/servicing.yaml'));
    expect(await warningsOf(fixturePath('catalogs/servicing.yaml'))).toEqual([]);
    expect(catalog.products.map((product) => product.id)).toEqual(['demo']);
    expect(catalog.source.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('reports YAML syntax errors with their position', async () => {
    const problems = await problemsOf('syntax-error.yaml');
    expect(problems[0]).toMatch(/^4:1: Flow map in block collection/);
  });

  it('refuses duplicate keys', async () => {
    expect(await problemsOf('duplicate-key.yaml')).toEqual(['4:1: duplicate key "published"']);
  });

  it('refuses an alias bomb instead of expanding it', async () => {
    expect(await problemsOf('alias-bomb.yaml')).toEqual(['1:1: cannot expand YAML aliases: Excessive alias count indicates a resource exhaustion attack']);
  });

  it('refuses __proto__ keys', async () => {
    expect(await problemsOf('proto-key.yaml')).toEqual(['5:5: key "__proto__" is not allowed']);
  });

  it('lists every wrong type and unknown key at once', async () => {
    expect(await problemsOf('wrong-types.yaml')).toEqual([
      '11:13: products[0].lines[0].releases[0].build: must be a build of four numeric parts without leading zeros, e.g. 15.2.1118.7',
      '13:13: products[0].lines[0].releases[0].kind: must be one of: preview, rtm, sp, cu, ru, su, hu, private',
      '14:13: products[0].lines[0].releases[0].fixes: must be a list',
      '15:13: products[0].lines[0].releases[0].colour: unknown key "colour"',
      '17:51: fixes[0].cvss: must be a number',
    ]);
  });

  it('checks the servicing rules the schema cannot express', async () => {
    expect(await problemsOf('broken-rules.yaml')).toEqual([
      "9:9: products[0].lines[0].supportEnd: line RTM's support ends 2019-12-31, before its base release (2020-01-01)",
      '12:52: products[0].lines[0].releases[1].date: 2020-02-30 is not a calendar date',
      '12:95: products[0].lines[0].releases[1].fixes[1]: fix SEC-1 is listed twice in "Demo RTM U1"',
      '13:15: products[0].lines[0].releases[2].name: release name "demo rtm u1" is defined twice (first at line 12)',
      `13:34: products[0].lines[0].releases[2].build: build 2.0.110.0 of "demo rtm u1" is outside demo's builds (1.0.0.0 to below 2.0.0.0)`,
      `13:34: products[0].lines[0].releases[2].build: "demo rtm u1" (2.0.110.0) on line RTM is not below line SP1's base release 1.1.110.0`,
      '13:88: products[0].lines[0].releases[2].fixes[0]: fix SEC-9 in "demo rtm u1" is not defined under fixes',
      '14:82: products[0].lines[0].releases[3].replaces: "Demo RTM U2v2" replaces "Demo RTM U2", which is not a release on its line',
      '17:70: products[0].lines[1].releases[0].kind: line SP1 starts with "Demo SP1 U1" of kind su; the lowest build of a line must be its base release (preview, rtm, sp, cu)',
    ]);
  });

  it('names a missing file in one line', async () => {
    await expect(loadCatalogFile('/nonexistent/catalog.yaml')).rejects.toThrow('/nonexistent/catalog.yaml:1:1: cannot read catalog: no such file');
  });
});

describe('catalog warnings', () => {
  it('accepts the catalog but lists what looks wrong', async () => {
    const file = fixturePath('catalogs/warnings.yaml');
    const warnings = await warningsOf(file);
    expect(warnings.map((warning) => formatSourceProblem(warning).replace(`${file}:`, ''))).toEqual([
      '2:1: published: published 2020-01-15 is older than its newest release "Demo RTM U1" (2020-03-01)',
      '11:15: products[0].lines[0].releases[1].name: "Demo RTM U1" has no KB article',
      '12:15: products[0].lines[0].releases[2].name: "Demo RTM U2" has no KB article',
      '12:52: products[0].lines[0].releases[2].date: "Demo RTM U2" on line RTM is dated before the lower build "Demo RTM U1"; if that is right, say why in outOfOrder',
      '15:7: fixes[1].id: fix SEC-2 is not shipped by any release',
    ]);
  });
});
