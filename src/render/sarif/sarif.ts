import type { GatedFix, GatedStep } from '../../gate/gated-fix.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { fingerprint } from '../../shared/fingerprint.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { missingFixRule, ruleJson, SARIF_RULE_LIST, SARIF_RULES, type SarifRule } from './sarif-rules.js';
import { toUriReference } from './uri-reference.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Results per run: code scanning shows at most 5,000 per run (and refuses more than 25,000). */
export const RESULTS_PER_RUN = 5_000;
/** Runs per log: code scanning refuses more than 20. */
export const MAX_RUNS = 20;
const IDS_LISTED = 100;

const hex = (value: number): string => value.toString(16).padStart(14, '0');
const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

function listIds(fixes: readonly GatedFix[]): string {
  const ids = fixes.map((fix) => `${fix.id}${fix.certain ? '' : ' (uncertain)'}`);
  return ids.length > IDS_LISTED ? `${ids.slice(0, IDS_LISTED).join(', ')} and ${ids.length - IDS_LISTED} more` : ids.join(', ');
}

interface Finding {
  readonly rule: SarifRule;
  readonly text: string;
  /** `review`: a person must look (a step to confirm); otherwise the result is a failure. */
  readonly kind?: 'review';
  readonly properties?: object;
  readonly suppression?: string;
}

/** The steps to confirm on a host as one note-level result of kind `review`, or none. */
function stepsFinding(label: string, installed: string, steps: readonly GatedStep[]): Finding[] {
  const open = steps.filter((step) => !step.suppressed);
  const listed = open.length > 0 ? open : steps;
  if (listed.length === 0) return [];
  return [
    {
      rule: SARIF_RULES.toConfirm,
      kind: 'review',
      text: `${label} (${installed}) has ${plural(listed.length, 'fix', 'fixes')} whose protection needs a step to confirm on the server: ${listed.map((step) => `${step.id} (${step.step})`).join('; ')}.`,
      properties: { fixes: listed.map((step) => step.id) },
      ...(open.length === 0 ? { suppression: [...new Set(steps.map((step) => step.suppressed!.reason))].join('; ') } : {}),
    },
  ];
}

/**
 * A host's findings: its missing fixes (one result), its release out of support, a build the
 * catalog cannot place, its steps to confirm, a row that cannot be read, or a server whose build
 * could not be read.
 */
function findingsOf({ label, checked, error, verdict }: HostOutcome): Finding[] {
  if (!checked)
    return [{ rule: verdict === 'unreachable' ? SARIF_RULES.unreachable : SARIF_RULES.unreadable, text: `${label}: ${error ?? 'the row cannot be read'}` }];
  const { report, gate } = checked;
  const findings: Finding[] = [];
  const installed = installedLabel(report);
  const install = report.recommended ? ` Install ${recommendedLabel(report)}.` : '';
  if (report.status === 'unknown') findings.push({ rule: SARIF_RULES.unplaced, text: `${label} (${report.build}): the catalog cannot place the build.` });
  if (report.status === 'unsupported') findings.push({ rule: SARIF_RULES.unsupported, text: `${label} runs ${installed}, which is out of support.${install}` });
  const open = gate.shown.filter((fix) => !fix.suppressed);
  const fixes = open.length > 0 ? open : gate.shown;
  if (fixes.length > 0) {
    const suppressed = gate.shown.length - open.length;
    findings.push({
      rule: missingFixRule(fixes),
      text: `${label} (${installed}) ${fixes.some((fix) => fix.certain) ? 'lacks' : 'may lack'} ${plural(fixes.length, 'fix', 'fixes')}: ${listIds(fixes)}.${install}${open.length > 0 && suppressed > 0 ? ` ${suppressed} more suppressed.` : ''}`,
      properties: { fixes: fixes.map((fix) => fix.id), exploited: fixes.filter((fix) => fix.exploited).map((fix) => fix.id) },
      ...(open.length === 0 ? { suppression: [...new Set(fixes.map((fix) => fix.suppressed!.reason))].join('; ') } : {}),
    });
  }
  return [...findings, ...stepsFinding(label, installed, gate.unconfirmed)];
}

/**
 * SARIF 2.1.0, written as it goes in bounded memory: one result per host and finding (the missing
 * fixes of a host are one result, ruled by the worst of them), split into runs of at most
 * RESULTS_PER_RUN results and at most MAX_RUNS runs, as code scanning accepts; results past that
 * are counted in the last run's properties (`omittedResults`).
 */
export const sarifStreamRenderer: StreamRendererFactory = (options) => {
  const sourceUri = options.source === null ? null : toUriReference(options.source);
  const tool = JSON.stringify({ driver: { name: options.tool.name, version: options.tool.version, rules: SARIF_RULE_LIST.map(ruleJson) } });
  // --insecure: every run says that the certificates of the servers probed were not verified.
  const invocations = options.insecure
    ? `, "invocations": ${JSON.stringify([{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: INSECURE_NOTE } }] }])}`
    : '';
  const runStart = `{"tool": ${tool}${invocations}, "results": [\n`;
  const ruleIndex = new Map(SARIF_RULE_LIST.map((rule, index) => [rule.id, index]));
  let runs = 1;
  let inRun = 0;
  let omitted = 0;
  const runProperties = (extra: object): string =>
    JSON.stringify({ catalogs: options.catalogs, ...(options.insecure ? { tlsVerified: false } : {}), ...(runs > 1 ? { part: runs } : {}), ...extra });
  const resultJson = (outcome: HostOutcome, finding: Finding): string => {
    const identity = (outcome.host ?? (outcome.lineNumber === null ? outcome.label : `line ${outcome.lineNumber}`)).toLowerCase();
    return JSON.stringify({
      ruleId: finding.rule.id,
      ruleIndex: ruleIndex.get(finding.rule.id),
      ...(finding.kind ? { kind: finding.kind } : {}),
      level: finding.rule.level,
      message: { text: finding.text },
      locations: [
        {
          ...(sourceUri !== null && outcome.lineNumber !== null
            ? { physicalLocation: { artifactLocation: { uri: sourceUri }, region: { startLine: outcome.lineNumber } } }
            : {}),
          logicalLocations: [{ name: outcome.label, kind: 'resource' }],
        },
      ],
      partialFingerprints: { 'rollupCheckHost/v1': hex(fingerprint(`${identity}\u0000${finding.rule.id}`)) },
      ...(finding.properties ? { properties: finding.properties } : {}),
      ...(finding.suppression !== undefined ? { suppressions: [{ kind: 'external', justification: finding.suppression }] } : {}),
    });
  };
  const place = (result: string): string => {
    if (inRun < RESULTS_PER_RUN) return `${inRun++ === 0 ? '' : ',\n'}      ${result}`;
    if (runs >= MAX_RUNS) {
      omitted += 1;
      return '';
    }
    const close = `\n    ], "properties": ${runProperties({})}},\n`;
    runs += 1;
    inRun = 1;
    return `${close}    ${runStart}      ${result}`;
  };
  return {
    start: () => `{\n  "$schema": "${SARIF_SCHEMA}",\n  "version": "2.1.0",\n  "runs": [\n    ${runStart}`,
    host: (outcome) => findingsOf(outcome).map((finding) => place(resultJson(outcome, finding))),
    end: (summary) =>
      `\n    ], "properties": ${runProperties({ suppressed: summary.suppressed, ...(omitted > 0 ? { omittedResults: omitted } : {}) })}}\n  ]\n}\n`,
  };
};
