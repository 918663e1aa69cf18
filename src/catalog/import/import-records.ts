import type { CveRecord } from '../../parse/import/cve-record.js';
import { SEVERITIES, type Severity } from '../../shared/severity.js';
import { markExploited } from './exploited.js';
import type { ImportLog } from './import-log.js';
import type { Naming } from './naming.js';
import { placeFix } from './place-fix.js';
import { resolveAffected, type FixTarget } from './resolve-affected.js';
import type { WorkingCatalog, WorkingFix } from './working-catalog.js';

const severityOf = (record: CveRecord): Severity | null =>
  record.cvss !== null && (SEVERITIES as readonly string[]).includes(record.cvss.severity ?? '') ? (record.cvss.severity as Severity) : null;

/** Imports CVE records, each CVE's versions oldest first, so a revised record is applied after the one it revises. */
export function importRecords(work: WorkingCatalog, naming: Naming, records: readonly CveRecord[], log: ImportLog): void {
  const ordered = [...records].sort((a, b) => (a.cveId === b.cveId ? (a.updated < b.updated ? -1 : a.updated > b.updated ? 1 : 0) : a.cveId < b.cveId ? -1 : 1));
  ordered.forEach((record, index) => importRecord(work, naming, record, ordered[index + 1]?.cveId === record.cveId, log));
}

function importRecord(work: WorkingCatalog, naming: Naming, record: CveRecord, superseded: boolean, log: ImportLog): void {
  if (record.state !== 'PUBLISHED') {
    log.inputs.recordsSkipped++;
    log.note(record.file, `${record.cveId} is ${record.state.toLowerCase()}: skipped`);
    return;
  }
  const bulletin = work.fix(record.cveId) === null ? work.fixCovering(record.cveId) : null;
  if (bulletin !== null) {
    log.inputs.recordsSkipped++;
    log.note(record.file, `${record.cveId} is covered by ${bulletin.id} in the catalog: skipped`);
    return;
  }
  const targets = resolveAffected(work, naming, record, log);
  let fix = work.fix(record.cveId);
  if (fix === null) {
    if (targets.length === 0) return;
    fix = createFix(work, record, targets, log);
  } else {
    updateFacts(fix, record, log);
  }
  if (record.cvss === null) log.note(record.file, `${record.cveId} has no CVSS v3 score: ${work.isNew(fix) ? 'no severity or score' : 'severity and score kept'}`);
  const evidence = record.exploitation.kevAdded !== null ? `CISA KEV, added ${record.exploitation.kevAdded}` : 'CISA SSVC exploitation: active';
  if (record.exploitation.kevAdded !== null || record.exploitation.ssvc === 'active') markExploited(fix, record.exploitation.kevAdded, evidence, log);
  for (const target of targets) placeFix(work, fix, target, record, superseded, log);
}

function createFix(work: WorkingCatalog, record: CveRecord, targets: readonly FixTarget[], log: ImportLog): WorkingFix {
  const fix: WorkingFix = { id: record.cveId, kind: 'security', summary: record.title ?? `${record.cveId} (the record has no title)`, summaryImported: true };
  const severity = severityOf(record);
  if (severity !== null) fix.severity = severity;
  if (record.cvss !== null) fix.cvss = record.cvss.score;
  if (record.advisoryUrl !== null) fix.url = record.advisoryUrl;
  work.addFix(fix);
  const score = record.cvss === null ? 'no score' : `${fix.severity ?? 'no severity'} ${record.cvss.score} (CVSS ${record.cvss.version})`;
  log.change('fix-added', fix.id, `${score}, first fixed by ${targets.map((target) => `"${target.release.name}"`).join(', ')}`);
  return fix;
}

function updateFacts(fix: WorkingFix, record: CveRecord, log: ImportLog): void {
  const severity = severityOf(record);
  if (record.cvss !== null && fix.cvss !== record.cvss.score) {
    log.change('fact-changed', fix.id, `CVSS ${fix.cvss ?? 'none'} becomes ${record.cvss.score} (CVSS ${record.cvss.version}, ${record.file})`);
    fix.cvss = record.cvss.score;
  }
  if (severity !== null && fix.severity !== severity) {
    log.change('fact-changed', fix.id, `severity ${fix.severity ?? 'none'} becomes ${severity} (${record.file})`);
    fix.severity = severity;
  }
  if (fix.summaryImported === true && record.title !== null && fix.summary !== record.title) {
    log.change('fact-changed', fix.id, `imported summary becomes "${record.title}"`);
    fix.summary = record.title;
  }
}

