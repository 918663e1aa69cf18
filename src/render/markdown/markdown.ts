import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { describeBasis } from '../describe-catalogs.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { describeCounts } from '../text/describe-counts.js';

const MAX_ROWS = 100;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** Data as literal Markdown text: HTML and Markdown syntax (emphasis, code, links, table pipes) escaped, on one line. */
const cell = (text: string): string =>
  text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_~[\]#|!]/g, '\\$&')
    .replace(/[&<>]/g, (char) => HTML_ENTITIES[char]!);

export const markdownStreamRenderer: StreamRendererFactory = (options) => {
  const failing: string[] = [];
  let failingCount = 0;
  return {
    start: () => '',
    host: (outcome: HostOutcome) => {
      if (outcome.verdict === 'pass') return '';
      failingCount += 1;
      if (failing.length < MAX_ROWS) {
        const report = outcome.checked?.report;
        const status = report?.status ?? 'error';
        const detail = outcome.checked ? describeCounts(outcome.checked.gate.counts) : (outcome.error ?? '');
        failing.push(
          `| ${cell(outcome.label)} | ${cell(report ? installedLabel(report) : '')} | ${status} | ${cell(report ? recommendedLabel(report) : '')} | ${cell(detail)} |`,
        );
      }
      return '';
    },
    end: (summary: FleetSummary) => {
      const lines = [
        '## rollup-check',
        '',
        `${summary.hosts} ${summary.hosts === 1 ? 'host' : 'hosts'} checked; ${summary.failedGate} failed the gate, ${summary.suppressed} ${summary.suppressed === 1 ? 'finding' : 'findings'} suppressed. Based on ${cell(describeBasis(options))}.`,
        '',
        ...(options.insecure ? [`> **Warning:** ${INSECURE_NOTE}.`, ''] : []),
        '| status | hosts |',
        '|---|---:|',
        ...Object.entries(summary.byStatus).map(([status, count]) => `| ${status} | ${count} |`),
      ];
      if (summary.mostMissing.length > 0) {
        lines.push('', '| fix missing on the most hosts | severity | exploited | hosts |', '|---|---|---|---:|');
        for (const fix of summary.mostMissing) lines.push(`| ${cell(fix.id)} | ${fix.severity ?? ''} | ${fix.exploited ? 'yes' : ''} | ${fix.hosts} |`);
      }
      if (summary.unconfirmed.length > 0) {
        lines.push(
          '',
          `**To confirm on the server** (${summary.unconfirmedHosts} ${summary.unconfirmedHosts === 1 ? 'host has' : 'hosts have'} fixes whose protection also needs a step the build cannot show):`,
          '',
          ...summary.unconfirmed.map((step) => `- ${step.id} on ${step.hosts} ${step.hosts === 1 ? 'host' : 'hosts'}: ${cell(step.step)}`),
        );
      }
      if (failing.length > 0) {
        lines.push('', '| host | release | status | install | missing |', '|---|---|---|---|---|', ...failing);
        if (failingCount > failing.length) lines.push('', `…and ${failingCount - failing.length} more hosts that failed the gate.`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
};
