import { beforeAll, describe, expect, it } from 'vitest';
import { checkStatedNames, warnForeignBuild, withReadingWarnings } from '../../src/analyse/reading-warnings.js';
import type { Catalog } from '../../src/catalog/model.js';
import type { DottedBuild } from '../../src/parse/build/build.js';
import { analyze, embeddedCatalog } from '../support/helpers.js';

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

const build = (text: string): DottedBuild => text.split('.').map(Number) as unknown as DottedBuild;

describe('checkStatedNames', () => {
  it.each([
    ['the release of the build', 'Exchange 2019 CU14 Nov24SUv2', '15.2.1544.14', 'exact', []],
    ['the CU of the build', 'Exchange 2019 CU14', '15.2.1544.14', 'exact', []],
    ['an update on the line of a CU-level build', 'Exchange 2019 CU14 Nov24SUv2', '15.2.1544.4', 'cu-level', []],
    ['another update on the same line', 'Exchange 2019 CU14 Mar24SU', '15.2.1544.14', 'exact', ['release-name-mismatch']],
    ['another CU', 'Exchange 2019 CU15', '15.2.1544.14', 'exact', ['release-name-mismatch']],
    ['another CU of a CU-level build', 'Exchange 2019 CU15', '15.2.1544.4', 'cu-level', ['release-name-mismatch']],
    ['an unknown release', 'Exchange 2019 CU19', '15.2.1544.14', 'exact', ['release-name-unknown']],
  ] as const)('a name of %s: %j', (_, name, stated, proves, codes) => {
    expect(checkStatedNames(catalog, [name], build(stated), proves).map((warning) => warning.code)).toEqual(codes);
  });
});

describe('withReadingWarnings', () => {
  it('puts the reading’s warnings first and drops the generic unknown-product one for a foreign build', () => {
    const report = analyze(catalog, '10.0.17763.1', '2026-11-24');
    expect(report.warnings.map((warning) => warning.code)).toEqual(['unknown-product']);
    const foreign = withReadingWarnings([warnForeignBuild('exchange-online', '15.20.8466.31')], report);
    expect(foreign.warnings.map((warning) => warning.code)).toEqual(['foreign-product']);
    expect(withReadingWarnings([], report)).toBe(report);
  });
});
