import { Chalk } from 'chalk';
import type { CheckedReport } from '../../gate/checked-report.js';
import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { RenderOptions } from '../render-options.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { renderReportText } from './report-text.js';
import { textStreamRenderer } from './fleet-text.js';

const HEADING = 'To confirm on the server (the build has these fixes; their protection also needs a step the build cannot show):';

/** The section "to confirm on the server" of a single-build report, or nothing. */
function confirmLines({ gate }: CheckedReport, options: RenderOptions): string[] {
  if (gate.unconfirmed.length === 0) return [];
  const chalk = new Chalk({ level: options.colorLevel });
  return [
    chalk.bold(HEADING),
    ...gate.unconfirmed.map(
      (step) =>
        `  ${step.exploited ? chalk.red.bold('!') : ' '} ${step.id.padEnd(15)} ${step.step}${step.suppressed ? chalk.gray(` (confirmed: ${step.suppressed.reason})`) : ''}`,
    ),
  ];
}

/** The text report with the section "to confirm on the server" at its end. */
export function renderReportTextWithSteps(checked: CheckedReport, options: RenderOptions): string {
  const lines = confirmLines(checked, options);
  const report = renderReportText(checked, options);
  return lines.length === 0 ? report : `${report}\n${lines.join('\n')}\n`;
}

function fleetConfirmLines(summary: FleetSummary, options: RenderOptions): string[] {
  if (summary.unconfirmed.length === 0) return [];
  const chalk = new Chalk({ level: options.colorLevel });
  const hosts = `${summary.unconfirmedHosts} ${summary.unconfirmedHosts === 1 ? 'host has' : 'hosts have'}`;
  return [
    chalk.bold(`To confirm on the server: ${hosts} fixes whose protection also needs a step the build cannot show`),
    ...summary.unconfirmed.map((step) => `  ${step.id.padEnd(16)} on ${step.hosts} ${step.hosts === 1 ? 'host' : 'hosts'}: ${step.step}`),
  ];
}

/** The host-list text with the steps to confirm after its summary. */
export const textWithStepsStreamRenderer: StreamRendererFactory = (options) => {
  const renderer = textStreamRenderer(options);
  return {
    ...renderer,
    end: (summary) => {
      const lines = fleetConfirmLines(summary, options);
      const end = renderer.end(summary);
      return lines.length === 0 ? end : `${end}\n${lines.join('\n')}\n`;
    },
  };
};
