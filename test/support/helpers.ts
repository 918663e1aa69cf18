import { fileURLToPath } from 'node:url';
import { analyzeBuildString } from '../../src/analyse/analyze-build.js';
import type { Target } from '../../src/analyse/recommend.js';
import type { Report } from '../../src/analyse/report.js';
import { loadLocalCatalogs } from '../../src/app/load-catalogs.js';
import type { Catalog } from '../../src/catalog/model.js';
import type { CheckedReport } from '../../src/gate/checked-report.js';
import { evaluateGate } from '../../src/gate/evaluate-gate.js';
import { DEFAULT_GATE_POLICY, type GatePolicy } from '../../src/gate/gate-policy.js';
import { suppressionMatcher } from '../../src/gate/suppression.js';

export const fixturePath = (name: string): string => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** A catalog file read, validated and modelled as the command line does it. */
export const loadCatalogFile = (path: string): Promise<Catalog> => loadLocalCatalogs([{ path, shownAs: path }]);

export const loadFixtureCatalog = (name: string): Promise<Catalog> => loadCatalogFile(fixturePath(`catalogs/${name}`));

export const EMBEDDED_CATALOG_PATH = fileURLToPath(new URL('../../catalog/exchange.yaml', import.meta.url));

let embedded: Promise<Catalog> | undefined;
export function embeddedCatalog(): Promise<Catalog> {
  embedded ??= loadCatalogFile(EMBEDDED_CATALOG_PATH);
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
