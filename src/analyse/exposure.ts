import { cvesOf, noteOf, type Catalog, type Line, type Product, type Release, type ReleaseContents } from '../catalog/model.js';
import { compareText } from '../shared/compare-text.js';
import { rankOf } from '../shared/severity.js';
import { byPublication, publishedReleases } from './as-of.js';
import type { ExposedFix } from './report.js';

/** What the server runs, as far as the analysis can tell. */
export interface InstalledContents {
  readonly contents: ReleaseContents;
  readonly product: Product;
  readonly line: Line | null;
}

/**
 * The release that first brought a fix to the server's line; else the first that shipped it
 * anywhere. A private fix is named only when no public release ships the fix: its public rollup
 * (`includedIn`) is where everyone else gets it.
 */
function bringer(catalog: Catalog, fixId: string, installed: InstalledContents): Release | undefined {
  const publicOf = (release: Release): Release => (release.kind === 'private' && release.includedIn !== null ? release.includedIn : release);
  // shippersOf lists by publication already: only a rollup put in a private fix's place can upset the order.
  const shippers = (product: Product): readonly Release[] => {
    const listed = product.shippersOf(fixId);
    return listed.every((release) => publicOf(release) === release) ? listed : listed.map(publicOf).sort(byPublication);
  };
  const own = shippers(installed.product);
  return own.find((release) => release.line === installed.line) ?? own[0] ?? catalog.products.flatMap(shippers).sort(byPublication)[0];
}

/** The newest release of a product's newest line: under cumulative servicing it holds every fix the product got. */
const newestOfProduct = (product: Product, asOf: string): Release | undefined =>
  product.lines
    .map((line) => publishedReleases(line.releases, asOf).filter((release) => release.kind !== 'private' && release.kind !== 'preview'))
    .filter((releases) => releases.length > 0)
    .at(-1)
    ?.at(-1);

/**
 * Every fix the recommended release contains and the installed build lacks, exploited and most
 * severe first. When the recommendation is another product (a successor), a fix of the successor
 * counts only where it applies to the server's product: shipped for it, or first published after
 * the product's last update (then uncertain: it may apply, and no update exists to prove it); and
 * every fix the server's own product shipped that the build lacks counts too.
 */
export function exposedFixes(catalog: Catalog, installed: InstalledContents, recommended: Release, asOf: string): ExposedFix[] {
  const crossProduct = recommended.product !== installed.product;
  const lastUpdate = publishedReleases(installed.product.releases, asOf).reduce((latest, release) => (release.date > latest ? release.date : latest), '');
  const ownNewest = crossProduct ? newestOfProduct(installed.product, asOf) : undefined;
  const candidates = new Set([...catalog.contentsOf(recommended).fixes, ...(ownNewest ? catalog.contentsOf(ownNewest).fixes : [])]);
  const exposed: ExposedFix[] = [];
  for (const id of candidates) {
    if (installed.contents.fixes.has(id)) continue;
    const fix = catalog.fixes.get(id);
    const first = bringer(catalog, id, installed);
    if (!fix || !first) continue;
    const shippedForServer = installed.product.shippersOf(id).length > 0;
    if (crossProduct && !shippedForServer && first.date <= lastUpdate) continue;
    const certain = !installed.contents.uncertain.has(id) && (!crossProduct || shippedForServer);
    // The added fields come before the spread: Node 20 spends far more memory adding fields after one.
    exposed.push({ fixedIn: first.name, date: first.date, certain, ...fix, cves: cvesOf(fix, installed.product), note: noteOf(fix, installed.product) });
  }
  return exposed.sort(compareExposed);
}

function compareExposed(a: ExposedFix, b: ExposedFix): number {
  return (
    Number(b.exploited) - Number(a.exploited) ||
    Number(b.kind === 'security') - Number(a.kind === 'security') ||
    rankOf(b.severity) - rankOf(a.severity) ||
    (b.cvss ?? -1) - (a.cvss ?? -1) ||
    compareText(a.date, b.date) ||
    compareText(a.id, b.id)
  );
}
