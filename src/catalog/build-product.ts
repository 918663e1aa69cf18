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

export interface ProductDraft {
  readonly product: Draft<Product>;
  /** The same releases as `product.releases`, still writable for the links between products. */
  readonly releases: readonly Draft<Release>[];
}

/** A product with its lines and releases, every reference within it resolved; links to other products come later. */
export function buildProduct(document: ProductDocument): ProductDraft {
  const scheme = document.versionScheme ?? 'dotted';
  const fixList = document.fixList ?? COMPLETE;
  let shippers: ReadonlyMap<string, readonly Release[]> = new Map();
  const product: Draft<Product> = {
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
    shippersOf: (key) => shippers.get(key) ?? [],
  };
  const releases: Draft<Release>[] = [];
  for (const lineDocument of document.lines) {
    const line = buildLine(lineDocument, product, scheme, fixList);
    product.lines.push(line.model);
    releases.push(...line.releases);
  }
  product.lines.sort((a, b) => byBuild(a.base, b.base));
  releases.sort(byBuild);
  product.releases = releases;
  shippers = shippersByFix(releases);
  return { product, releases };
}

function buildLine(document: LineDocument, product: Product, scheme: VersionScheme, fixList: FixListCompleteness): { model: Line; releases: Draft<Release>[] } {
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
  releases.push(...document.releases.map((release) => buildRelease(release, line, product, scheme, fixList)));
  releases.sort(byBuild);
  resolveReferences(document.releases, releases);
  return { model: line, releases };
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
