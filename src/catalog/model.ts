import { compareBuilds, tryParseBuildIn, type Build, type VersionScheme } from '../parse/build/build.js';
import type { CatalogDocument, FixKind, ReleaseKind, Severity } from './document.js';

export interface Fix {
  readonly id: string;
  readonly kind: FixKind;
  readonly severity: Severity | null;
  readonly cvss: number | null;
  readonly exploited: boolean;
  readonly summary: string;
  readonly cves: readonly string[];
  readonly note: string | null;
  readonly url: string | null;
}

export interface Release {
  readonly name: string;
  readonly build: Build;
  readonly date: string;
  readonly kind: ReleaseKind;
  readonly kb: string | null;
  readonly url: string | null;
  readonly replaces: string | null;
  readonly includedIn: string | null;
  readonly cumulative: boolean;
  readonly fixIds: readonly string[];
  readonly line: Line;
  readonly product: Product;
}

export interface Line {
  readonly name: string;
  readonly supportEnd: string | null;
  readonly product: Product;
  readonly releases: readonly Release[];
  readonly base: Release;
}

export interface Product {
  readonly id: string;
  readonly name: string;
  readonly scheme: VersionScheme;
  readonly from: Build;
  readonly below: Build;
  readonly supportEnd: string | null;
  readonly lines: readonly Line[];
  readonly releases: readonly Release[];
}

export interface CatalogSource {
  readonly file: string;
  readonly published: string;
  readonly digest: string;
}

export interface Catalog {
  readonly source: CatalogSource;
  readonly sources: readonly CatalogSource[];
  readonly products: readonly Product[];
  readonly fixes: ReadonlyMap<string, Fix>;
  readonly releasesByName: ReadonlyMap<string, Release>;
}

export const fixKey = (id: string): string => id.toUpperCase();
export const releaseKey = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const byBuild = (a: { build: Build }, b: { build: Build }): number => compareBuilds(a.build, b.build);

function requireBuild(scheme: VersionScheme, text: string): Build {
  const build = tryParseBuildIn(scheme, text);
  if (!build) throw new Error(`catalog build ${text} was not validated`);
  return build;
}

export function buildCatalogModel(document: CatalogDocument, source: CatalogSource, sources: readonly CatalogSource[]): Catalog {
  const products = document.products.map((productDocument) => {
    const scheme = productDocument.versionScheme ?? 'dotted';
    const product = {
      id: productDocument.id,
      name: productDocument.name,
      scheme,
      from: requireBuild(scheme, productDocument.builds.from),
      below: requireBuild(scheme, productDocument.builds.below),
      supportEnd: productDocument.supportEnd ?? null,
      lines: [] as Line[],
      releases: [] as Release[],
    };
    for (const lineDocument of productDocument.lines) {
      const line: Mutable<Line> = { name: lineDocument.name, supportEnd: lineDocument.supportEnd ?? null, product, releases: [], base: undefined as unknown as Release };
      const releases: Release[] = lineDocument.releases
        .map((release) => ({
          name: release.name,
          build: requireBuild(scheme, release.build),
          date: release.date,
          kind: release.kind,
          kb: release.kb ?? null,
          url: release.url ?? null,
          replaces: release.replaces ?? null,
          includedIn: release.includedIn ?? null,
          cumulative: release.cumulative ?? true,
          fixIds: (release.fixes ?? []).map(fixKey),
          line,
          product,
        }))
        .sort(byBuild);
      line.releases = releases;
      line.base = releases[0]!;
      product.lines.push(line);
      product.releases.push(...releases);
    }
    product.lines.sort((a, b) => byBuild(a.base, b.base));
    product.releases.sort(byBuild);
    return product as Product;
  });
  const fixes = new Map(
    (document.fixes ?? []).map((fix): [string, Fix] => [
      fixKey(fix.id),
      {
        id: fix.id,
        kind: fix.kind,
        severity: fix.severity ?? null,
        cvss: fix.cvss ?? null,
        exploited: fix.exploited ?? false,
        summary: fix.summary,
        cves: fix.cves ?? [],
        note: fix.note ?? null,
        url: fix.url ?? null,
      },
    ]),
  );
  const releasesByName = new Map(products.flatMap((product) => product.releases.map((release): [string, Release] => [releaseKey(release.name), release])));
  return { source, sources, products, fixes, releasesByName };
}
