import type { Severity } from '../catalog/document.js';
import type { Catalog, Line, Product, Release } from '../catalog/model.js';
import { byPublication } from './as-of.js';
import { compareText } from '../shared/compare-text.js';
import type { ReleaseContents } from '../catalog/contents.js';
import type { ExposedFix } from './report.js';

const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, important: 3, medium: 2, moderate: 2, low: 1 };

const severityRank = (severity: Severity | null): number => (severity === null ? 0 : SEVERITY_RANK[severity]);

const shippingReleases = new WeakMap<Product, Map<string, Release[]>>();

function releasesShipping(product: Product, fixId: string): readonly Release[] {
  let index = shippingReleases.get(product);
  if (!index) {
    index = new Map();
    const chronological = [...product.releases].sort(byPublication);
    for (const release of chronological) {
      for (const id of release.fixIds) {
        const shipping = index.get(id);
        if (shipping) shipping.push(release);
        else index.set(id, [release]);
      }
    }
    shippingReleases.set(product, index);
  }
  return index.get(fixId) ?? [];
}

function firstShipped(product: Product, fixId: string, preferredLine: Line | null): Release | undefined {
  const shipping = releasesShipping(product, fixId);
  const first = shipping[0];
  return shipping.find((release) => release.date === first?.date && release.line === preferredLine) ?? first;
}

export function exposedFixes(
  catalog: Catalog,
  installed: ReleaseContents,
  installedLine: Line | null,
  recommended: Release,
  recommendedContents: ReleaseContents,
): ExposedFix[] {
  const exposed: ExposedFix[] = [];
  for (const id of recommendedContents.fixes) {
    if (installed.fixes.has(id)) continue;
    const fix = catalog.fixes.get(id);
    if (!fix) continue;
    const shippedBy = firstShipped(recommended.product, id, installedLine) ?? recommended;
    exposed.push({
      id: fix.id,
      kind: fix.kind,
      severity: fix.severity,
      cvss: fix.cvss,
      exploited: fix.exploited,
      summary: fix.summary,
      fixedIn: shippedBy.name,
      date: shippedBy.date,
      cves: fix.cves,
      certain: !installed.uncertain.has(id),
      note: fix.note,
      url: fix.url,
    });
  }
  return exposed.sort(compareExposed);
}

function compareExposed(a: ExposedFix, b: ExposedFix): number {
  return (
    Number(b.exploited) - Number(a.exploited) ||
    Number(b.kind === 'security') - Number(a.kind === 'security') ||
    severityRank(b.severity) - severityRank(a.severity) ||
    (b.cvss ?? -1) - (a.cvss ?? -1) ||
    compareText(a.date, b.date) ||
    compareText(a.id, b.id)
  );
}
