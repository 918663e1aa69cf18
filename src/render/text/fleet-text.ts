import type { FleetSummary } from '../../gate/fleet-summary.js';
import type { HostOutcome } from '../../gate/host-outcome.js';
import { bandOf } from '../../shared/severity.js';
import { span, type Segment, type StyledLine, type StyledSpan } from '../../shared/styled-text.js';
import { describeBasis } from '../describe-catalogs.js';
import { installedLabel, recommendedLabel } from '../release-labels.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { StreamRendererFactory } from '../stream-renderer.js';
import { fleetConfirmLines } from './confirm-section.js';
import { describeCounts } from './describe-counts.js';
import { displayWidth, padToWidth } from './display-width.js';
import { countOf, formatCount } from './format-count.js';
import { wrapLine } from './wrap-line.js';

/** Column widths of a host row; a longer cell is never cut, it pushes the rest of its row along. */
const HOST = 24;
const RELEASE = 34;
const STATUS = 11;
const TARGET = 32;
const STACKED_INDENT = '    ';
const DETAIL_COLUMN = HOST + RELEASE + STATUS + TARGET + 8;
/** The narrowest terminal that gets the columns: room for 40 columns of counts. */
const TABLE_WIDTH = DETAIL_COLUMN + 40;

const statusSpan = (status: string, width: number): StyledSpan =>
  span(status === 'current' ? 'good' : status === 'unknown' ? 'caution' : 'bad', status.padEnd(width));

function describeStatusCounts(summary: FleetSummary): string {
  return Object.entries(summary.byStatus)
    .filter(([, count]) => count > 0)
    .map(([status, count]) => `${formatCount(count)} ${status}`)
    .join(', ');
}

interface HostCells {
  readonly label: string;
  readonly release: string;
  readonly status: string;
  readonly target: string;
  readonly detail: string;
}

function cellsOf(outcome: HostOutcome): HostCells {
  if (!outcome.checked) return { label: outcome.label, release: '-', status: 'error', target: '', detail: outcome.error ?? 'unreadable row' };
  const { report, gate } = outcome.checked;
  const suppressed = gate.suppressedCount > 0 ? `, ${formatCount(gate.suppressedCount)} suppressed` : '';
  return {
    label: outcome.label,
    release: installedLabel(report),
    status: report.status,
    target: report.upToDate ? 'up to date' : report.recommended ? `-> ${recommendedLabel(report)}` : '-',
    detail: `${describeCounts(gate.counts)}${suppressed}`,
  };
}

function stackedLines(cells: HostCells, width: number): StyledLine[] {
  const state: Segment[] = [
    STACKED_INDENT,
    ...(cells.release === '-' ? [] : [`${cells.release}  `]),
    statusSpan(cells.status, 0),
    ...(cells.target ? [`  ${cells.target}`] : []),
  ];
  return [[cells.label], ...wrapLine(state, width, STACKED_INDENT), ...wrapLine([STACKED_INDENT, cells.detail], width, STACKED_INDENT)];
}

/**
 * A host as a row of aligned columns: one line in a pipe (a long cell pushes the rest along); on a
 * terminal at least TABLE_WIDTH wide, a host name longer than its column gets a line of its own
 * and the counts wrap under their column; on a narrower terminal the host's line, then the rest below it.
 */
function hostLines(cells: HostCells, width: number | null): StyledLine[] {
  const target = cells.target === '' ? [] : [`${padToWidth(cells.target, TARGET)}  `];
  const rest: Segment[] = [`${padToWidth(cells.release, RELEASE)}  `, statusSpan(cells.status, STATUS), '  ', ...target, cells.detail];
  if (width === null) return [[`${padToWidth(cells.label, HOST)}  `, ...rest]];
  if (width < TABLE_WIDTH) return stackedLines(cells, width);
  const ownLine = displayWidth(cells.label) > HOST;
  const row = wrapLine([ownLine ? ' '.repeat(HOST + 2) : `${padToWidth(cells.label, HOST)}  `, ...rest], width, ' '.repeat(DETAIL_COLUMN));
  return ownLine ? [[cells.label], ...row] : row;
}

/** The fixes missing on the most hosts, most hosts first, then the most severe. */
function mostMissingLines(summary: FleetSummary, width: number | null): StyledLine[] {
  if (summary.mostMissing.length === 0) return [];
  const idWidth = Math.max(...summary.mostMissing.map((fix) => fix.id.length));
  return [
    ['Missing on the most hosts:'],
    ...summary.mostMissing.flatMap((fix) =>
      wrapLine(
        [
          '  ',
          fix.exploited ? span('exploited', '!') : ' ',
          ` ${fix.id.padEnd(idWidth)} `,
          fix.severity ? span(bandOf(fix.severity), fix.severity.padEnd(9)) : span('muted', '-'.padEnd(9)),
          ` on ${countOf(fix.hosts, 'host', 'hosts')}`,
        ],
        width,
        '    ',
      ),
    ),
  ];
}

/** A host list for people: a line (or, on a narrow terminal, a few) per host as it is checked, then a summary. */
export const textStreamRenderer: StreamRendererFactory = (options) => ({
  start: () => '',
  host: (outcome) => ({ lines: hostLines(cellsOf(outcome), options.width) }),
  end: (summary) => {
    const { width } = options;
    const lines: StyledLine[] = [
      [],
      ...wrapLine([span('strong', `${countOf(summary.hosts, 'host', 'hosts')}: ${describeStatusCounts(summary) || 'none'}`)], width, '  '),
      ...wrapLine(
        [
          `${formatCount(summary.failedGate)} failed the gate${summary.suppressed > 0 ? `; ${countOf(summary.suppressed, 'finding', 'findings')} suppressed` : ''}`,
        ],
        width,
        '  ',
      ),
      ...wrapLine([span('muted', describeBasis(options))], width, '  '),
      ...(options.insecure ? wrapLine([span('caution', INSECURE_NOTE)], width, '  ') : []),
      ...mostMissingLines(summary, width),
      ...fleetConfirmLines(summary, width),
    ];
    return { lines };
  },
});
