import type { HostOutcome } from '../../gate/host-outcome.js';
import { describeBasis } from '../describe-catalogs.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { escapeXml } from './xml.js';

function testcase(outcome: HostOutcome): { xml: string; failed: boolean; errored: boolean } {
  const name = escapeXml(outcome.label);
  const classname = escapeXml(outcome.checked?.report.product?.id ?? 'unplaced');
  const open = `    <testcase classname="${classname}" name="${name}" time="0">`;
  if (!outcome.checked) {
    return {
      xml: `${open}\n      <error type="${outcome.verdict === 'unreachable' ? 'unreachable' : 'input'}" message="${escapeXml(outcome.error ?? 'unreadable row')}"/>\n    </testcase>`,
      failed: false,
      errored: true,
    };
  }
  if (outcome.verdict === 'pass') return { xml: `${open}</testcase>`, failed: false, errored: false };
  const { report, gate } = outcome.checked;
  const missing = gate.shown
    .filter((fix) => !fix.suppressed)
    .map((fix) => `${fix.certain ? '' : 'may lack '}${fix.id} (${fix.severity ?? 'unrated'}${fix.exploited ? ', exploited' : ''}): ${fix.summary}`);
  const install = report.recommended && !report.upToDate ? [`install ${recommendedLabel(report)}`] : [];
  const body = escapeXml([`${installedLabel(report)} (${report.status})`, ...install, ...missing].join('\n'));
  return {
    xml: `${open}\n      <failure type="gate" message="${escapeXml(gate.reasons.join('; '))}">${body}</failure>\n    </testcase>`,
    failed: true,
    errored: false,
  };
}

export const junitStreamRenderer: StreamRendererFactory = (options) => {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  return {
    start: () => '',
    host: (outcome) => {
      const result = testcase(outcome);
      cases.push(result.xml);
      if (result.failed) failures += 1;
      if (result.errored) errors += 1;
      return '';
    },
    end: (summary) => {
      const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
      return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="rollup-check" ${counts} time="0">`,
        `  <testsuite name="${escapeXml(options.source ?? 'rollup-check')}" ${counts} skipped="0" time="0" timestamp="${options.asOf}T00:00:00">`,
        '    <properties>',
        `      <property name="catalogs" value="${escapeXml(describeBasis(options))}"/>`,
        `      <property name="suppressed" value="${summary.suppressed}"/>`,
        ...(options.insecure
          ? ['      <property name="tlsVerified" value="false"/>', `      <property name="warning" value="${escapeXml(INSECURE_NOTE)}"/>`]
          : []),
        '    </properties>',
        ...cases,
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n');
    },
  };
};
