import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CatalogDocument } from '../../src/catalog/document.js';
import { planImport } from '../../src/catalog/import/plan-import.js';
import { writeCatalogText } from '../../src/catalog/import/write-catalog-text.js';
import { readImportFiles } from '../../src/input/import-files.js';
import { parseImportSources } from '../../src/parse/import/import-sources.js';
import { EMBEDDED_CATALOG_PATH, fixturePath } from '../support/helpers.js';

const ROUND_TRIP = fixturePath('import/roundtrip');
const before = readFileSync(join(ROUND_TRIP, 'catalog-before-2026.yaml'), 'utf8');
const shipped = parse(readFileSync(EMBEDDED_CATALOG_PATH, 'utf8')) as CatalogDocument;
const sources = parseImportSources(readImportFiles([join(ROUND_TRIP, 'records'), join(ROUND_TRIP, 'build-table-2026.csv'), join(ROUND_TRIP, 'kev-2026.json')]));

/** Releases with their fix lists as sets; fixes by id without the wording (summary, notes), which maintainers write. */
function facts(document: CatalogDocument): { products: unknown; fixes: Record<string, Record<string, unknown>> } {
  const products = document.products.map((product) => ({
    ...product,
    lines: product.lines.map((line) => ({
      ...line,
      releases: line.releases.map((release) => ({
        ...release,
        ...(release.fixes ? { fixes: [...release.fixes].sort() } : {}),
        ...(release.uncertainFixes ? { uncertainFixes: [...release.uncertainFixes].sort() } : {}),
      })),
    })),
  }));
  const fixes = Object.fromEntries(
    (document.fixes ?? []).map((fix) => {
      const rest = Object.fromEntries(
        Object.entries(fix).filter(([key]) => !['summary', 'summaryImported', 'note', 'notesByProduct', 'configurationStep'].includes(key)),
      );
      return [fix.id, rest];
    }),
  );
  return { products, fixes };
}

function importInto(text: string): { text: string; log: ReturnType<typeof planImport>['log'] } {
  const { work, log } = planImport(parse(text) as CatalogDocument, sources, { today: '2026-11-30', factsComplete: '2026-10-08' });
  return { text: writeCatalogText(text, work), log };
}

describe('importing the 2026 records, build table and KEV entries into the catalog as it was before them', () => {
  const first = importInto(before);

  it('reads every generated record, both versions of the seven revised June records included', () => {
    expect(readdirSync(join(ROUND_TRIP, 'records'))).toHaveLength(37);
    expect(sources.problems).toEqual([]);
    expect(first.log.conflicts).toEqual([]);
  });

  it("gives the shipped catalog's 2026 releases, fixes, scores, severities and exploited flags", () => {
    expect(facts(parse(first.text) as CatalogDocument)).toEqual(facts(shipped));
  });

  it('reproduces the decision on the seven re-pointed June CVEs: shipped by Jul26SU, uncertain on Jun26SU', () => {
    const moved = first.log.changes.filter((change) => change.kind === 'fact-changed' && change.detail.includes('moved from'));
    expect(new Set(moved.map((change) => change.subject))).toEqual(
      new Set(['CVE-2026-45500', 'CVE-2026-45501', 'CVE-2026-45502', 'CVE-2026-45503', 'CVE-2026-45504', 'CVE-2026-45583', 'CVE-2026-47631']),
    );
    expect(moved).toHaveLength(28);
  });

  it('marks every imported summary for rewording, and the second import changes nothing', () => {
    const imported = (parse(first.text) as CatalogDocument).fixes!.filter((fix) => fix.summaryImported === true);
    expect(imported).toHaveLength(30);
    const second = importInto(first.text);
    expect(second.text).toBe(first.text);
    expect(second.log.changes).toEqual([]);
  });

  it('keeps every line it has no reason to change, comments included', () => {
    const after = new Set(first.text.split('\n'));
    expect(before.split('\n').filter((line) => !line.includes('2026') && !after.has(line))).toEqual([]);
    expect(first.text).toContain('# Format and semantics: docs/catalog.md.');
  });
});
