import { Chalk } from 'chalk';
import type { CheckedReport } from '../../gate/checked-report.js';
import { describeBasis } from '../describe-catalogs.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { RenderOptions } from '../render-options.js';
import { exposedLines } from './exposure-lines.js';
import { installedLines, recommendedLines } from './release-lines.js';
import { describeVerdict, gateLine } from './verdict-text.js';

/** The single-build report for people: the release, the recommendation, the exposure, the verdict, the catalog used. */
export function renderReportText(checked: CheckedReport, options: RenderOptions): string {
  const { report } = checked;
  const chalk = new Chalk({ level: options.colorLevel });
  const verdictStyle =
    report.status === 'current' || report.status === 'ahead' ? chalk.green.bold : report.status === 'unknown' ? chalk.yellow.bold : chalk.red.bold;
  const gate = gateLine(checked);
  const verdict = [verdictStyle(`Verdict: ${describeVerdict(checked)}`), ...(gate ? [gate] : [])];
  const sections = [installedLines(report, chalk), recommendedLines(report, chalk), exposedLines(checked, chalk), verdict];
  const footer = [chalk.gray(describeBasis(options)), ...(options.insecure ? [chalk.yellow(INSECURE_NOTE)] : [])].join('\n');
  return `${[...sections.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')), footer].join('\n\n')}\n`;
}
