import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { GatedFix } from '../../gate/gated-fix.js';
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
/** A single build's fix list longer than this is folded into a `<details>` block. */
const FOLD_AFTER = 10;

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** Every fix a single build lacks, folded when the list is long. */
function fixTable(fixes: readonly GatedFix[]): string[] {
  const rows = fixes.map(
    (fix) =>
      `| ${cell(fix.id)} | ${fix.severity ?? ''} | ${fix.exploited ? 'yes' : ''} | ${fix.certain ? '' : 'uncertain'}${fix.suppressed ? `suppressed: ${cell(fix.suppressed.reason)}` : ''} | ${cell(fix.summary)} |`,
  );
  const table = ['| missing fix | severity | exploited | note | summary |', '|---|---|---|---|---|', ...rows];
  if (rows.length <= FOLD_AFTER) return ['', ...table];
  return ['', '<details>', `<summary>${plural(rows.length, 'missing fix', 'missing fixes')}</summary>`, '', ...table, '', '</details>'];
}

export const markdownStreamRenderer: StreamRendererFactory = (options) => {
  const failing: string[] = [];
  let failingCount = 0;
  let single: HostOutcome | null = null;
  return {
    start: () => '',
    host: (outcome: HostOutcome) => {
      if (options.single === true) single = outcome;
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
        `${plural(summary.hosts, 'host', 'hosts')} checked; ${summary.failedGate} failed the gate, ${plural(summary.suppressed, 'finding', 'findings')} suppressed. Based on ${cell(describeBasis(options))}.`,
        '',
        ...(options.insecure ? [`> **Warning:** ${INSECURE_NOTE}.`, ''] : []),
        '| status | hosts |',
        '|---|---:|',
        ...Object.entries(summary.byStatus).map(([status, count]) => `| ${status} | ${count} |`),
      ];
      const singleFixes = (single as HostOutcome | null)?.checked?.gate.shown ?? null;
      if (singleFixes !== null) {
        if (singleFixes.length > 0) lines.push(...fixTable(singleFixes));
      } else if (summary.mostMissing.length > 0) {
        lines.push('', '| fix missing on the most hosts | severity | exploited | hosts |', '|---|---|---|---:|');
        for (const fix of summary.mostMissing) lines.push(`| ${cell(fix.id)} | ${fix.severity ?? ''} | ${fix.exploited ? 'yes' : ''} | ${fix.hosts} |`);
      }
      if (summary.unconfirmed.length > 0) {
        lines.push(
          '',
          `**To confirm on the server** (${summary.unconfirmedHosts} ${summary.unconfirmedHosts === 1 ? 'host has' : 'hosts have'} fixes whose protection also needs a step the build cannot show):`,
          '',
          ...summary.unconfirmed.map((step) => `- ${cell(step.id)} on ${step.hosts} ${step.hosts === 1 ? 'host' : 'hosts'}: ${cell(step.step)}`),
        );
      }
      if (failing.length > 0) {
        lines.push('', '| host | release | status | install | missing |', '|---|---|---|---|---|', ...failing);
        const more = failingCount - failing.length;
        if (more > 0) lines.push('', `…and ${plural(more, 'more host', 'more hosts')} that failed the gate.`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
};
