import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatBuild } from '../../src/build/build.js';
import type { Catalog, Release } from '../../src/catalog/model.js';
import { analyze, embeddedCatalog, exposedIds } from '../helpers.js';

let catalog: Catalog;
let pairs: [Release, Release][];

beforeAll(async () => {
  catalog = await embeddedCatalog();
  pairs = catalog.products.flatMap((product) =>
    product.lines.flatMap((line) =>
      line.releases.flatMap((older, index) => line.releases.slice(index + 1).filter((newer) => newer.cumulative).map((newer): [Release, Release] => [older, newer])),
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
