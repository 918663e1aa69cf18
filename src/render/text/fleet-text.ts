import { Chalk } from 'chalk';
import type { FleetSummary } from '../../gate/fleet-summary.js';
import { describeBasis } from '../describe-catalogs.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { describeCounts } from './describe-counts.js';

const column = (text: string, width: number): string => (text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width));

function describeStatusCounts(summary: FleetSummary): string {
  return Object.entries(summary.byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
}

export const textStreamRenderer: StreamRendererFactory = (options) => {
  const chalk = new Chalk({ level: options.colorLevel });
  const statusStyle = (status: string): string =>
    status === 'current' ? chalk.green(status.padEnd(11)) : status === 'unknown' ? chalk.yellow(status.padEnd(11)) : chalk.red(status.padEnd(11));
  return {
    start: () => '',
    host: (outcome) => {
      const label = column(outcome.label, 24);
      if (!outcome.checked) return `${label}  ${column('-', 34)}  ${statusStyle('error')}  ${outcome.error}\n`;
      const { report, gate } = outcome.checked;
      const release = column(installedLabel(report), 34);
      const target = report.upToDate ? 'up to date' : report.recommended ? `-> ${recommendedLabel(report)}` : '-';
      const suppressed = gate.suppressedCount > 0 ? `, ${gate.suppressedCount} suppressed` : '';
      return `${label}  ${release}  ${statusStyle(report.status)}  ${column(target, 32)}  ${describeCounts(gate.counts)}${suppressed}\n`;
    },
    end: (summary) => {
      const lines = [
        '',
        chalk.bold(`${summary.hosts} ${summary.hosts === 1 ? 'host' : 'hosts'}: ${describeStatusCounts(summary) || 'none'}`),
        `${summary.failedGate} failed the gate${summary.suppressed > 0 ? `; ${summary.suppressed} findings suppressed` : ''}`,
        chalk.gray(describeBasis(options)),
        ...(options.insecure ? [chalk.yellow(INSECURE_NOTE)] : []),
      ];
      if (summary.mostMissing.length > 0) {
        lines.push('Missing on the most hosts:');
        for (const fix of summary.mostMissing) {
          lines.push(
            `  ${fix.exploited ? chalk.red.bold('!') : ' '} ${fix.id.padEnd(16)} ${(fix.severity ?? '-').padEnd(9)} on ${fix.hosts} ${fix.hosts === 1 ? 'host' : 'hosts'}`,
          );
        }
      }
      return `${lines.join('\n')}\n`;
    },
  };
};
