import type { GatedFix, GatedStep } from '../../gate/gated-fix.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { fingerprint } from '../../shared/fingerprint.js';
import { bandOf, type SeverityBand } from '../../shared/severity.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { stepResults, stepRule, stepRuleId } from './step-results.js';
import { toUriReference } from './uri-reference.js';

type Level = 'error' | 'warning' | 'note';

const LEVELS: Record<SeverityBand, Level> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const levelOf = (fix: GatedFix): Level => (fix.severity ? LEVELS[bandOf(fix.severity)] : 'note');
const hex = (value: number): string => value.toString(16).padStart(14, '0');

export const sarifStreamRenderer: StreamRendererFactory = (options) => {
  const sourceUri = options.source === null ? null : toUriReference(options.source);
  const rules = new Map<string, { index: number; rule: object }>();
  const results: object[] = [];
  const ruleIndex = (fix: GatedFix): number => {
    let entry = rules.get(fix.id);
    if (!entry) {
      entry = {
        index: rules.size,
        rule: {
          id: fix.id,
          shortDescription: { text: fix.summary },
          ...(fix.url ? { helpUri: fix.url } : {}),
          defaultConfiguration: { level: levelOf(fix) },
          properties: { tags: [fix.kind], ...(fix.cvss !== null ? { 'security-severity': fix.cvss.toFixed(1) } : {}) },
        },
      };
      rules.set(fix.id, entry);
    }
    return entry.index;
  };
  const stepIndex = (step: GatedStep): number => {
    let entry = rules.get(stepRuleId(step));
    if (!entry) {
      entry = { index: rules.size, rule: stepRule(step) };
      rules.set(stepRuleId(step), entry);
    }
    return entry.index;
  };
  const hostResults = (outcome: HostOutcome): object[] => {
    const { label, host, lineNumber, checked } = outcome;
    const location = {
      ...(sourceUri !== null && lineNumber !== null ? { physicalLocation: { artifactLocation: { uri: sourceUri }, region: { startLine: lineNumber } } } : {}),
      logicalLocations: [{ name: label, kind: 'resource' }],
    };
    const fingerprintOf = (ruleId: string): string =>
      hex(fingerprint(`${(host ?? (lineNumber === null ? label : `line ${lineNumber}`)).toLowerCase()}\u0000${ruleId}`));
    const missing = (checked?.gate.shown ?? []).map((fix) => ({
      ruleId: fix.id,
      ruleIndex: ruleIndex(fix),
      level: levelOf(fix),
      message: {
        text: `${label} (${installedLabel(checked!.report)}) ${fix.certain ? 'lacks' : 'may lack'} ${fix.id}: ${fix.summary}${checked!.report.recommended ? `. Install ${recommendedLabel(checked!.report)}.` : ''}`,
      },
      locations: [location],
      partialFingerprints: { 'rollupCheckHostFix/v1': fingerprintOf(fix.id) },
      ...(fix.suppressed ? { suppressions: [{ kind: 'external', justification: fix.suppressed.reason }] } : {}),
    }));
    return [...missing, ...stepResults(outcome, stepIndex, location, fingerprintOf)];
  };
  return {
    start: () => '',
    host: (outcome) => {
      results.push(...hostResults(outcome));
      return '';
    },
    end: (summary) =>
      `${JSON.stringify(
        {
          $schema: SARIF_SCHEMA,
          version: '2.1.0',
          runs: [
            {
              tool: { driver: { name: options.tool.name, version: options.tool.version, rules: [...rules.values()].map((entry) => entry.rule) } },
              results,
              ...(options.insecure
                ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: [{ level: 'warning', message: { text: INSECURE_NOTE } }] }] }
                : {}),
              properties: { suppressed: summary.suppressed, catalogs: options.catalogs, ...(options.insecure ? { tlsVerified: false } : {}) },
            },
          ],
        },
        null,
        2,
      )}\n`,
  };
};
