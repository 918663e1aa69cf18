import type { CheckedReport } from '../../gate/checked-report.js';
import type { FleetSummary } from '../../gate/fleet-summary.js';
import { span, type StyledLine } from '../../shared/styled-text.js';
import { countOf } from './format-count.js';
import { wrapLine } from './wrap-line.js';

const HEADING = 'To confirm on the server (the build has these fixes; their protection also needs a step the build cannot show):';

/** The section "to confirm on the server" of a single-build report, or nothing. */
export function confirmLines({ gate }: CheckedReport, width: number | null): StyledLine[] {
  if (gate.unconfirmed.length === 0) return [];
  return [
    ...wrapLine([span('strong', HEADING)], width, '  '),
    ...gate.unconfirmed.flatMap((step) =>
      wrapLine(
        [
          '  ',
          step.exploited ? span('exploited', '!') : ' ',
          ` ${step.id.padEnd(15)} ${step.step}`,
          ...(step.suppressed ? [span('muted', ` (confirmed: ${step.suppressed.reason})`)] : []),
        ],
        width,
        '    ',
      ),
    ),
  ];
}

/** The steps to confirm over a host list, by how many hosts need them, or nothing. */
export function fleetConfirmLines(summary: FleetSummary, width: number | null): StyledLine[] {
  if (summary.unconfirmed.length === 0) return [];
  const hosts = `${countOf(summary.unconfirmedHosts, 'host has', 'hosts have')}`;
  return [
    ...wrapLine([span('strong', `To confirm on the server: ${hosts} fixes whose protection also needs a step the build cannot show`)], width, '  '),
    ...summary.unconfirmed.flatMap((step) => wrapLine([`  ${step.id.padEnd(16)} on ${countOf(step.hosts, 'host', 'hosts')}: ${step.step}`], width, '    ')),
  ];
}
