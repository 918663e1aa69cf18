import type { CheckedReport } from '../../gate/checked-report.js';
import type { GateOutcome } from '../../gate/evaluate-gate.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { describeBasis } from '../describe-catalogs.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { escapeXml } from './xml.js';

/** What a failing host's testcase holds besides its name: the same for every host that shares a gate outcome. */
function failureXml(checked: CheckedReport): string {
  const { report, gate } = checked;
  const missing = gate.shown
    .filter((fix) => !fix.suppressed)
    .map((fix) => `${fix.certain ? '' : 'may lack '}${fix.id} (${fix.severity ?? 'unrated'}${fix.exploited ? ', exploited' : ''}): ${fix.summary}`);
  const install = report.recommended && !report.upToDate ? [`install ${recommendedLabel(report)}`] : [];
  const body = escapeXml([`${installedLabel(report)} (${report.status})`, ...install, ...missing].join('\n'));
  return `\n      <failure type="gate" message="${escapeXml(gate.reasons.join('; '))}">${body}</failure>\n    </testcase>`;
}

function testcase(outcome: HostOutcome, failureOf: (checked: CheckedReport) => string): { xml: string; failed: boolean; errored: boolean } {
  const name = escapeXml(outcome.label);
  const classname = escapeXml(
    outcome.checked ? (outcome.checked.report.product?.id ?? 'unplaced') : outcome.verdict === 'unreachable' ? 'unreachable' : 'unreadable',
  );
  const open = `    <testcase classname="${classname}" name="${name}" time="0">`;
  if (!outcome.checked) {
    return {
      xml: `${open}\n      <error type="${outcome.verdict === 'unreachable' ? 'unreachable' : 'input'}" message="${escapeXml(outcome.error ?? 'unreadable row')}"/>\n    </testcase>`,
      failed: false,
      errored: true,
    };
  }
  if (outcome.verdict === 'pass') return { xml: `${open}</testcase>`, failed: false, errored: false };
  return { xml: `${open}${failureOf(outcome.checked)}`, failed: true, errored: false };
}

/** Testcases per `<testsuite>`: each suite is written when full, so memory stays bounded for any number of hosts. */
export const CASES_PER_SUITE = 1_000;

/**
 * JUnit XML, written as it goes: `<testsuites>` holding one `<testsuite>` per CASES_PER_SUITE
 * hosts (the first named after the host list, later ones "part N"), each with its own counts.
 */
export const junitStreamRenderer: StreamRendererFactory = (options) => {
  let cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let suppressed = 0;
  let suites = 0;
  const name = options.source ?? 'rollup-check';
  const failureCache = new WeakMap<GateOutcome, string>();
  const failureOf = (checked: CheckedReport): string => {
    let xml = failureCache.get(checked.gate);
    if (xml === undefined) {
      xml = failureXml(checked);
      failureCache.set(checked.gate, xml);
    }
    return xml;
  };
  const suite = (): string => {
    suites += 1;
    const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
    const text = [
      `  <testsuite name="${escapeXml(suites === 1 ? name : `${name} (part ${suites})`)}" ${counts} skipped="0" time="0" timestamp="${options.asOf}T00:00:00">`,
      '    <properties>',
      `      <property name="catalogs" value="${escapeXml(describeBasis(options))}"/>`,
      `      <property name="suppressed" value="${suppressed}"/>`,
      ...(options.insecure
        ? ['      <property name="tlsVerified" value="false"/>', `      <property name="warning" value="${escapeXml(INSECURE_NOTE)}"/>`]
        : []),
      '    </properties>',
      ...cases,
      '  </testsuite>',
      '',
    ].join('\n');
    cases = [];
    failures = 0;
    errors = 0;
    suppressed = 0;
    return text;
  };
  return {
    start: () => '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rollup-check">\n',
    host: (outcome) => {
      const result = testcase(outcome, failureOf);
      cases.push(result.xml);
      if (result.failed) failures += 1;
      if (result.errored) errors += 1;
      suppressed += outcome.checked?.gate.suppressedCount ?? 0;
      return cases.length >= CASES_PER_SUITE ? suite() : '';
    },
    end: () => `${cases.length > 0 || suites === 0 ? suite() : ''}</testsuites>\n`,
  };
};
