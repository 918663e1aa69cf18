import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBuild, type DottedBuild } from '../../src/parse/build/build.js';
import type { Catalog, Release } from '../../src/catalog/model.js';
import { analyze, embeddedCatalog, exposedIds } from '../support/helpers.js';

let catalog: Catalog;
let pairs: [Release, Release][];

beforeAll(async () => {
  catalog = await embeddedCatalog();
  pairs = catalog.products.flatMap((product) =>
    product.lines.flatMap((line) =>
      line.releases.flatMap((older, index) =>
        line.releases
          .slice(index + 1)
          .filter((newer) => newer.cumulative)
          .map((newer): [Release, Release] => [older, newer]),
      ),
    ),
  );
});

describe('analysis invariants on the Exchange catalog', () => {
  it('a newer cumulative build on a line is never exposed to more', () => {
    fc.assert(
      fc.property(fc.nat(), fc.constantFrom('supported' as const, 'newest' as const), (index, target) => {
        const [older, newer] = pairs[index % pairs.length]!;
        const asOf = '2026-11-24';
        const olderExposed = new Set(exposedIds(analyze(catalog, formatBuild(older.build), asOf, target)));
        const newerExposed = exposedIds(analyze(catalog, formatBuild(newer.build), asOf, target));
        expect(newerExposed.filter((id) => !olderExposed.has(id))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the recommended release itself is never exposed', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 2007, max: 2026 }), (index, year) => {
        const [release] = pairs[index % pairs.length]!;
        const asOf = `${year}-12-31`;
        if (release.date > asOf) return;
        const recommended = analyze(catalog, formatBuild(release.build), asOf).recommended!;
        const again = analyze(catalog, recommended.build, asOf);
        expect(again.exposed).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('report consistency on the Exchange catalog', () => {
  const allReleases = (): Release[] => catalog.products.flatMap((product) => [...product.releases]);
  const asOfDates = fc.integer({ min: 2007, max: 2026 }).chain((year) => fc.constantFrom(`${year}-01-15`, `${year}-06-30`, `${year}-12-31`));

  it('never calls a server behind without naming what to install', () => {
    fc.assert(
      fc.property(fc.nat(), asOfDates, (index, asOf) => {
        const releases = allReleases();
        const release = releases[index % releases.length]!;
        const report = analyze(catalog, formatBuild(release.build), asOf);
        if (report.status === 'behind' || (report.status === 'unsupported' && !report.upToDate)) expect(report.recommended).not.toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('names the recommendation when it warns about a replaced release', () => {
    fc.assert(
      fc.property(fc.nat(), asOfDates, (index, asOf) => {
        const replaced = allReleases().filter((release) => catalog.products.some((product) => product.releases.some((other) => other.replaces === release)));
        const release = replaced[index % replaced.length]!;
        const report = analyze(catalog, formatBuild(release.build), asOf);
        const warning = report.warnings.find((entry) => entry.code === 'replaced-release');
        if (warning) expect(warning.message).toContain(`install ${report.recommended!.name}`);
      }),
    );
  });

  it('explains every uncertain fix with a warning', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat({ max: 3 }), (index, extra) => {
        const packages = allReleases().filter((release) => !release.cumulative);
        const [major, minor, build, revision] = packages[index % packages.length]!.build as DottedBuild;
        const report = analyze(catalog, `${major}.${minor}.${build}.${revision + extra}`, '2026-11-24');
        const explaining = ['non-cumulative-release', 'security-update-level-unknown', 'disputed-fixes', 'fixes-after-last-update'];
        if (report.exposed.some((fix) => !fix.certain)) expect(report.warnings.some((warning) => explaining.includes(warning.code))).toBe(true);
      }),
    );
  });

  it('gives an unlisted build exactly the exposure of the release below it', () => {
    fc.assert(
      fc.property(fc.nat(), (index) => {
        const [major, minor, build, revision] = pairs[index % pairs.length]![0].build as DottedBuild;
        const unlisted = analyze(catalog, `${major}.${minor}.${build}.${revision + 1}`, '2026-11-24');
        if (unlisted.installed.match !== 'unlisted') return;
        expect(exposedIds(unlisted)).toEqual(exposedIds(analyze(catalog, unlisted.installed.below!.build, '2026-11-24')));
      }),
    );
  });
});
