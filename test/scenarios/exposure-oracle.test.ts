import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/model.js';
import { EMBEDDED_CATALOG_PATH, analyze, embeddedCatalog } from '../support/helpers.js';

// A second, deliberately plain computation of exposure, straight from the shipped YAML, to check the
// tool's model against: what a release contains is the fixes listed by every release its product
// published before its line's base, by its line up to it (only its own for a non-cumulative
// package), and by the release its base inherits from.

interface YamlRelease {
  readonly name: string;
  readonly build: string;
  readonly date: string;
  readonly kind: string;
  readonly cumulative?: boolean;
  readonly inherits?: string;
  readonly fixes?: string[];
}

interface PlainRelease extends Omit<YamlRelease, 'build'> {
  readonly build: number[];
  readonly product: string;
  readonly line: string;
}

const TODAY = '2026-11-30';
const document = parse(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8')) as { products: { id: string; lines: { name: string; releases: YamlRelease[] }[] }[] };
const releases: PlainRelease[] = document.products.flatMap((product) =>
  product.lines.flatMap((line) =>
    line.releases.map((release) => ({ ...release, build: release.build.split('.').map(Number), product: product.id, line: line.name })),
  ),
);
const byName = new Map(releases.map((release) => [release.name, release]));
const compare = (a: number[], b: number[]): number => a.reduce((result, part, index) => result || part - b[index]!, 0);
const onLine = (release: PlainRelease): PlainRelease[] =>
  releases.filter((other) => other.product === release.product && other.line === release.line).sort((a, b) => compare(a.build, b.build));

function contents(release: PlainRelease): Set<string> {
  const base = onLine(release)[0]!;
  const fixes = new Set<string>();
  const add = (ids: readonly string[] | undefined): void => ids?.forEach((id) => fixes.add(id.toUpperCase()));
  for (const other of releases) if (other.product === release.product && other.date < base.date && other.kind !== 'private') add(other.fixes);
  if (base.inherits) contents(byName.get(base.inherits)!).forEach((id) => fixes.add(id));
  const upTo =
    release.cumulative === false ? [base, release] : onLine(release).filter((other) => compare(other.build, release.build) <= 0 && other.kind !== 'private');
  for (const other of upTo) add(other.fixes);
  return fixes;
}

const shippedFor = (product: string, id: string): PlainRelease[] =>
  releases.filter((release) => release.product === product && release.fixes?.some((fix) => fix.toUpperCase() === id));
const lastUpdate = (product: string): string =>
  releases
    .filter((release) => release.product === product && release.date <= TODAY)
    .reduce((latest, release) => (release.date > latest ? release.date : latest), '');
const newestOf = (product: string): PlainRelease => {
  const lines = document.products.find((candidate) => candidate.id === product)!.lines.map((line) => line.name);
  const ofLine = (line: string): PlainRelease[] =>
    releases
      .filter((release) => release.product === product && release.line === line && release.date <= TODAY && release.kind !== 'private')
      .sort((a, b) => compare(a.build, b.build));
  const newestLine = [...lines].sort((a, b) => compare(ofLine(a)[0]!.build, ofLine(b)[0]!.build)).at(-1)!;
  return ofLine(newestLine).at(-1)!;
};
const firstShipped = (id: string): string =>
  releases
    .filter((release) => release.fixes?.some((fix) => fix.toUpperCase() === id))
    .reduce((first, release) => (release.date < first ? release.date : first), '9999');

let catalog: Catalog;
beforeAll(async () => {
  catalog = await embeddedCatalog();
});

describe('exposure of every shipped release, checked against a plain computation from the YAML', () => {
  const checkable = releases.filter((release) => release.kind !== 'private' && release.kind !== 'preview' && release.date <= TODAY);

  it.each(checkable.map((release) => [release.name, release] as const))('%s', (_, release) => {
    const report = analyze(catalog, release.name, TODAY);
    const recommended = report.recommended === null ? null : byName.get(report.recommended.name)!;
    const installed = contents(release);
    const fromRecommended = recommended === null ? [] : [...contents(recommended)].filter((id) => !installed.has(id));
    const applicable = fromRecommended.filter(
      (id) => recommended!.product === release.product || shippedFor(release.product, id).length > 0 || firstShipped(id) > lastUpdate(release.product),
    );
    const ownProduct =
      recommended !== null && recommended.product !== release.product ? [...contents(newestOf(release.product))].filter((id) => !installed.has(id)) : [];
    const expected = [...new Set([...applicable, ...ownProduct])].filter((id) => catalog.fixes.has(id)).sort();
    expect(report.exposed.map((fix) => fix.id.toUpperCase()).sort()).toEqual(expected);
  });
});
