import { compareBuilds, tryParseBuildIn, type Build, type VersionScheme } from '../parse/build/build.js';
import { compareText } from '../shared/compare-text.js';
import { contentsResolver } from './contents.js';
import type { CatalogDocument, FixDocument, LineDocument, ProductDocument, ReleaseDocument } from './document.js';
import { fixKey, releaseKey, type Catalog, type CatalogSource, type Fix, type Line, type Product, type Release } from './model.js';

type Draft<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

const byBuild = (a: { build: Build }, b: { build: Build }): number => compareBuilds(a.build, b.build);
const byPublication = (a: Release, b: Release): number => compareText(a.date, b.date) || compareBuilds(a.build, b.build);

function requireBuild(scheme: VersionScheme, text: string): Build {
  const build = tryParseBuildIn(scheme, text);
  if (!build) throw new Error(`catalog build ${text} was not validated`);
  return build;
}

function requireFirst<T>(items: readonly T[], what: string): T {
  const first = items[0];
  if (first === undefined) throw new Error(`${what} has no releases`);
  return first;
}

/** Builds the model of a validated catalog: every name reference resolved, every index built. */
export function buildCatalogModel(document: CatalogDocument, source: CatalogSource, sources: readonly CatalogSource[]): Catalog {
  const products = document.products.map(buildProduct);
  const fixes = new Map((document.fixes ?? []).map((fix): [string, Fix] => [fixKey(fix.id), buildFix(fix)]));
  const releasesByName = new Map(products.flatMap((product) => product.releases.map((release): [string, Release] => [releaseKey(release.name), release])));
  const byCve = new Map<string, string[]>();
  for (const [key, fix] of fixes) {
    for (const cve of fix.cves) byCve.set(fixKey(cve), [...(byCve.get(fixKey(cve)) ?? []), key]);
  }
  const fixKeysFor = (id: string): readonly string[] => {
    const key = fixKey(id);
    const covering = byCve.get(key) ?? [];
    return fixes.has(key) ? [key, ...covering.filter((other) => other !== key)] : covering;
  };
  return { source, sources, products, fixes, releasesByName, fixKeysFor, contentsOf: contentsResolver() };
}

function buildProduct(document: ProductDocument): Product {
  const scheme = document.versionScheme ?? 'dotted';
  const lines: Line[] = [];
  const releases: Draft<Release>[] = [];
  const shippers = new Map<string, Release[]>();
  const product: Product = {
    id: document.id,
    name: document.name,
    scheme,
    from: requireBuild(scheme, document.builds.from),
    below: requireBuild(scheme, document.builds.below),
    supportEnd: document.supportEnd ?? null,
    lines,
    releases,
    shippersOf: (key) => shippers.get(key) ?? [],
  };
  for (const lineDocument of document.lines) {
    const line = buildLine(lineDocument, product, scheme);
    lines.push(line.model);
    releases.push(...line.releases);
  }
  lines.sort((a, b) => byBuild(a.base, b.base));
  releases.sort(byBuild);
  for (const release of [...releases].sort(byPublication)) {
    for (const id of release.fixIds) shippers.set(id, [...(shippers.get(id) ?? []), release]);
  }
  return product;
}

function buildLine(document: LineDocument, product: Product, scheme: VersionScheme): { model: Line; releases: Draft<Release>[] } {
  const releases: Draft<Release>[] = [];
  const line: Line = {
    name: document.name,
    supportEnd: document.supportEnd ?? null,
    product,
    releases,
    get base() {
      return requireFirst(releases, `line ${document.name}`);
    },
  };
  releases.push(...document.releases.map((release) => buildRelease(release, line, product, scheme)));
  releases.sort(byBuild);
  resolveReferences(document.releases, releases);
  return { model: line, releases };
}

function buildRelease(document: ReleaseDocument, line: Line, product: Product, scheme: VersionScheme): Draft<Release> {
  const fixIds = (document.fixes ?? []).map(fixKey);
  return {
    name: document.name,
    build: requireBuild(scheme, document.build),
    date: document.date,
    kind: document.kind,
    kb: document.kb ?? null,
    url: document.url ?? null,
    replaces: null,
    replacements: [],
    includedIn: null,
    cumulative: document.cumulative ?? true,
    fixIds,
    publicFixIds: document.kind === 'private' ? [] : fixIds,
    line,
    product,
  };
}

/** Turns the `replaces` and `includedIn` names of a line's releases into references (the catalog rules keep them on the line). */
function resolveReferences(documents: readonly ReleaseDocument[], releases: Draft<Release>[]): void {
  const byName = new Map(releases.map((release) => [releaseKey(release.name), release]));
  for (const document of documents) {
    const release = byName.get(releaseKey(document.name))!;
    const replaced = document.replaces === undefined ? undefined : byName.get(releaseKey(document.replaces));
    if (replaced) {
      release.replaces = replaced;
      replaced.replacements.push(release);
      replaced.replacements.sort(byBuild);
    }
    const carrier = document.includedIn === undefined ? undefined : byName.get(releaseKey(document.includedIn));
    if (carrier && release.kind === 'private') {
      release.includedIn = carrier;
      carrier.publicFixIds = [...carrier.publicFixIds, ...release.fixIds];
    }
  }
}

function buildFix(fix: FixDocument): Fix {
  return {
    id: fix.id,
    kind: fix.kind,
    severity: fix.severity ?? null,
    cvss: fix.cvss ?? null,
    exploited: fix.exploited ?? false,
    summary: fix.summary,
    cves: fix.cves ?? [],
    note: fix.note ?? null,
    url: fix.url ?? null,
  };
}
