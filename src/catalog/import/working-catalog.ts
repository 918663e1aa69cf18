import { compareBuilds, tryParseBuildIn, type Build } from '../../parse/build/build.js';
import { BASE_RELEASE_KINDS, type CatalogDocument, type FixDocument, type LineDocument, type ProductDocument, type ReleaseDocument } from '../document.js';
import { fixKey, releaseKey } from '../model.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type WorkingRelease = Mutable<ReleaseDocument>;
export type WorkingFix = Mutable<FixDocument>;
export type WorkingLine = Omit<Mutable<LineDocument>, 'releases'> & { releases: WorkingRelease[] };
export type WorkingProduct = Omit<ProductDocument, 'lines'> & { lines: WorkingLine[] };
export type WorkingDocument = Omit<Mutable<CatalogDocument>, 'products' | 'fixes'> & { products: WorkingProduct[]; fixes: WorkingFix[] };

/** Where a release sits in the working catalog. */
export interface Placed {
  readonly product: WorkingProduct;
  readonly line: WorkingLine;
  readonly release: WorkingRelease;
}

/** A copy of a catalog document that the importer changes, with the look-ups it needs and a link from each entry to its original. */
export class WorkingCatalog {
  readonly document: WorkingDocument;
  /** Each copied entry (product, line, release, fix) and the original it was copied from; new entries have none. */
  readonly originals = new WeakMap<object, object>();
  private readonly byName = new Map<string, Placed>();
  private readonly fixes = new Map<string, WorkingFix>();
  private readonly cveOwners = new Map<string, WorkingFix>();
  /** For each fix (by key), the releases whose fixes list it. */
  private readonly listedOn = new Map<string, Set<WorkingRelease>>();
  private readonly ranges = new Map<WorkingProduct, readonly [Build, Build] | null>();

  constructor(readonly original: CatalogDocument) {
    this.document = structuredClone(original) as WorkingDocument;
    this.document.fixes ??= [];
    this.document.products.forEach((product, productIndex) => {
      const originalProduct = original.products[productIndex]!;
      this.originals.set(product, originalProduct);
      product.lines.forEach((line, lineIndex) => {
        this.originals.set(line, originalProduct.lines[lineIndex]!);
        line.releases.forEach((release, releaseIndex) => {
          this.originals.set(release, originalProduct.lines[lineIndex]!.releases[releaseIndex]!);
          this.byName.set(releaseKey(release.name), { product, line, release });
          for (const id of release.fixes ?? []) this.listing(id).add(release);
        });
      });
    });
    this.document.fixes.forEach((fix, index) => {
      this.originals.set(fix, original.fixes![index]!);
      this.indexFix(fix);
    });
  }

  private indexFix(fix: WorkingFix): void {
    this.fixes.set(fixKey(fix.id), fix);
    for (const cve of [...(fix.cves ?? []), ...Object.values(fix.cvesByProduct ?? {}).flat()]) {
      if (!this.cveOwners.has(fixKey(cve))) this.cveOwners.set(fixKey(cve), fix);
    }
  }

  isNew = (entry: object): boolean => !this.originals.has(entry);

  buildOf(product: WorkingProduct, text: string): Build | null {
    return tryParseBuildIn(product.versionScheme ?? 'dotted', text);
  }

  private compare(product: WorkingProduct, a: string, b: string): number {
    const left = this.buildOf(product, a);
    const right = this.buildOf(product, b);
    return left === null || right === null ? 0 : compareBuilds(left, right);
  }

  private listing(id: string): Set<WorkingRelease> {
    const key = fixKey(id);
    let releases = this.listedOn.get(key);
    if (!releases) this.listedOn.set(key, (releases = new Set()));
    return releases;
  }

  /** The product whose build range holds a build. */
  productOf(build: string): WorkingProduct | null {
    return (
      this.document.products.find((product) => {
        if (!this.ranges.has(product)) {
          const from = this.buildOf(product, product.builds.from);
          const below = this.buildOf(product, product.builds.below);
          this.ranges.set(product, from === null || below === null ? null : [from, below]);
        }
        const range = this.ranges.get(product);
        const parsed = this.buildOf(product, build);
        return parsed !== null && !!range && compareBuilds(parsed, range[0]) >= 0 && compareBuilds(parsed, range[1]) < 0;
      }) ?? null
    );
  }

  /** A line's base release: its lowest build. */
  baseOf(product: WorkingProduct, line: WorkingLine): WorkingRelease | null {
    return line.releases.reduce<WorkingRelease | null>((lowest, release) => (lowest === null || this.compare(product, release.build, lowest.build) < 0 ? release : lowest), null);
  }

  /** The line a build belongs to: the one with the greatest base release at or below it. */
  lineOf(product: WorkingProduct, build: string): WorkingLine | null {
    let best: { line: WorkingLine; base: string } | null = null;
    for (const line of product.lines) {
      const base = this.baseOf(product, line);
      if (base === null || !BASE_RELEASE_KINDS.includes(base.kind) || this.compare(product, base.build, build) > 0) continue;
      if (best === null || this.compare(product, base.build, best.base) > 0) best = { line, base: base.build };
    }
    return best?.line ?? null;
  }

  releaseByBuild(product: WorkingProduct, build: string): Placed | null {
    for (const line of product.lines) {
      const release = line.releases.find((candidate) => candidate.build === build);
      if (release) return { product, line, release };
    }
    return null;
  }

  releaseByName = (name: string): Placed | null => this.byName.get(releaseKey(name)) ?? null;

  fix = (id: string): WorkingFix | null => this.fixes.get(fixKey(id)) ?? null;

  /** The fix (a bulletin) whose CVE list names a CVE. */
  fixCovering = (cve: string): WorkingFix | null => this.cveOwners.get(fixKey(cve)) ?? null;

  addFix(fix: WorkingFix): void {
    this.document.fixes.push(fix);
    this.indexFix(fix);
  }

  /** Adds a release to a line at its place by build. */
  addRelease(product: WorkingProduct, line: WorkingLine, release: WorkingRelease): void {
    const at = line.releases.findIndex((other) => this.compare(product, other.build, release.build) > 0);
    line.releases.splice(at < 0 ? line.releases.length : at, 0, release);
    this.byName.set(releaseKey(release.name), { product, line, release });
  }

  /** Adds a line to a product at its place by its base build. */
  addLine(product: WorkingProduct, line: WorkingLine): void {
    const build = line.releases[0]!.build;
    const at = product.lines.findIndex((other) => this.compare(product, this.baseOf(product, other)?.build ?? build, build) > 0);
    product.lines.splice(at < 0 ? product.lines.length : at, 0, line);
    for (const release of line.releases) this.byName.set(releaseKey(release.name), { product, line, release });
  }

  /** The releases of a line that list a fix. */
  placements(line: WorkingLine, id: string): WorkingRelease[] {
    const releases = this.listedOn.get(fixKey(id));
    return releases === undefined ? [] : line.releases.filter((release) => releases.has(release));
  }

  /** Lists a fix on a release. */
  listFix(release: WorkingRelease, id: string): void {
    if (release.fixes) (release.fixes as string[]).push(id);
    else release.fixes = [id];
    this.listing(id).add(release);
  }

  /** Takes a fix off a release's list (the key goes when the list empties). */
  unlistFix(release: WorkingRelease, id: string): void {
    const fixes = (release.fixes ?? []).filter((other) => fixKey(other) !== fixKey(id));
    if (fixes.length > 0) release.fixes = fixes;
    else delete release.fixes;
    this.listing(id).delete(release);
  }

  /** Whether `a` comes before `b` on a line (by build). */
  earlier = (product: WorkingProduct, a: WorkingRelease, b: WorkingRelease): boolean => this.compare(product, a.build, b.build) < 0;
}
