import { compareBuilds, tryParseBuildIn, type Build, type VersionScheme } from '../parse/build/build.js';
import type { FixListDocument, LineDocument, ProductDocument, ReleaseDocument } from './document.js';
import type { Draft } from './draft.js';
import { fixKey, releaseKey, type FixListCompleteness, type Line, type Product, type Release } from './model.js';
import { shippersByFix } from './release-indexes.js';

const byBuild = (a: { build: Build }, b: { build: Build }): number => compareBuilds(a.build, b.build);

/** A catalog that says nothing about completeness claims its lists complete. */
const COMPLETE: FixListCompleteness = { security: 'complete', bug: 'complete' };

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

/** A product's own fields; its lines, releases and shippers come from `buildProductLines`, links to other products later. */
export function buildProductShell(document: ProductDocument): Draft<Product> {
  const scheme = document.versionScheme ?? 'dotted';
  return {
    id: document.id,
    name: document.name,
    scheme,
    from: requireBuild(scheme, document.builds.from),
    below: requireBuild(scheme, document.builds.below),
    supportEnd: document.supportEnd ?? null,
    esuPeriods: (document.extendedSecurityUpdates ?? []).map((period) => ({ ...period })),
    successor: null,
    predecessors: [],
    lines: [],
    releases: [],
    shippersOf: () => [],
  };
}

export interface ProductLines {
  /** Lowest base build first. */
  readonly lines: Line[];
  /** Lowest build first. */
  readonly releases: Draft<Release>[];
  /** The same releases in the document's order. */
  readonly inDocumentOrder: Draft<Release>[];
  readonly shippersOf: Product['shippersOf'];
}

/** A product's lines, releases and shippers of each fix, every reference within the product resolved. */
export function buildProductLines(document: ProductDocument, product: Product): ProductLines {
  const fixList = document.fixList ?? COMPLETE;
  const lines: Line[] = [];
  const inDocumentOrder: Draft<Release>[] = [];
  for (const lineDocument of document.lines) {
    const line = buildLine(lineDocument, product, product.scheme, fixList);
    lines.push(line.model);
    inDocumentOrder.push(...line.inDocumentOrder);
  }
  lines.sort((a, b) => byBuild(a.base, b.base));
  const releases = [...inDocumentOrder].sort(byBuild);
  const shippers = shippersByFix(releases);
  return { lines, releases, inDocumentOrder, shippersOf: (key) => shippers.get(key) ?? [] };
}

function buildLine(document: LineDocument, product: Product, scheme: VersionScheme, fixList: FixListCompleteness): { model: Line; inDocumentOrder: Draft<Release>[] } {
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
  const inDocumentOrder = document.releases.map((release) => buildRelease(release, line, product, scheme, fixList));
  releases.push(...inDocumentOrder);
  releases.sort(byBuild);
  resolveReferences(document.releases, releases);
  return { model: line, inDocumentOrder };
}

const completeness = (own: FixListDocument | undefined, product: FixListCompleteness): FixListCompleteness => ({
  security: own?.security ?? product.security,
  bug: own?.bug ?? product.bug,
});

function buildRelease(document: ReleaseDocument, line: Line, product: Product, scheme: VersionScheme, fixList: FixListCompleteness): Draft<Release> {
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
    availability: document.availability ?? 'public',
    inherits: null,
    fixIds,
    publicFixIds: document.kind === 'private' ? [] : fixIds,
    uncertainFixIds: (document.uncertainFixes ?? []).map(fixKey),
    fixList: completeness(document.fixList, fixList),
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
