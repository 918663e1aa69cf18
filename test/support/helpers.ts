import { fileURLToPath } from 'node:url';
import { loadCatalogFile } from '../../src/app/read-catalogs.js';
import type { Catalog } from '../../src/catalog/model.js';
import { analyzeBuildString } from '../../src/analyse/analyze-build.js';
import type { Target } from '../../src/analyse/recommend.js';
import type { Report } from '../../src/analyse/report.js';
import type { CheckedReport } from '../../src/gate/checked-report.js';
import { evaluateGate } from '../../src/gate/evaluate-gate.js';
import { DEFAULT_GATE_POLICY, type GatePolicy } from '../../src/gate/gate-policy.js';
import { suppressionMatcher } from '../../src/gate/suppression.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export async function loadFixtureCatalog(name: string): Promise<Catalog> {
  return (await loadCatalogFile(fixturePath(`catalogs/${name}`))).catalog;
}

export const EMBEDDED_CATALOG_PATH = fileURLToPath(new URL('../../catalog/exchange.yaml', import.meta.url));

let embedded: Promise<Catalog> | undefined;
export function embeddedCatalog(): Promise<Catalog> {
  embedded ??= loadCatalogFile(EMBEDDED_CATALOG_PATH).then((loaded) => loaded.catalog);
  return embedded;
}

export function analyze(catalog: Catalog, buildString: string, asOf: string, target: Target = 'supported'): Report {
  return analyzeBuildString(catalog, { buildString, asOf, target });
}

export function checked(report: Report, policy: Partial<GatePolicy> = {}): CheckedReport {
  const full = { ...DEFAULT_GATE_POLICY, ...policy };
  return { report, gate: evaluateGate(report, null, full, suppressionMatcher(full.ignore, report.asOf)) };
}

export const exposedIds = (report: Report): string[] => report.exposed.map((fix) => fix.id);
