import type { Catalog, Line, Release, ReleaseContents } from '../catalog/model.js';
import { compareText } from '../shared/compare-text.js';
import { rankOf } from '../shared/severity.js';
import type { ExposedFix } from './report.js';

/** The first release that shipped a fix, preferring the server's own line among releases of that day. */
function firstShipped(release: Release, fixId: string, preferredLine: Line | null): Release | undefined {
  const shipping = release.product.shippersOf(fixId);
  const first = shipping[0];
  return shipping.find((other) => other.date === first?.date && other.line === preferredLine) ?? first;
}

/** Every fix the recommended release contains and the installed build lacks, exploited and most severe first. */
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
    const shippedBy = firstShipped(recommended, id, installedLine) ?? recommended;
    exposed.push({ ...fix, fixedIn: shippedBy.name, date: shippedBy.date, certain: !installed.uncertain.has(id) });
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
