import type { CheckedReport } from '../../gate/checked-report.js';
import type { GatedFix } from '../../gate/gated-fix.js';
import { bandOf, type SeverityBand } from '../../shared/severity.js';
import { span, type Segment, type StyledLine, type TextStyle } from '../../shared/styled-text.js';
import { countOf, formatCount } from './format-count.js';
import { wrapLine } from './wrap-line.js';

const BAND_STYLE: Record<SeverityBand, TextStyle> = { critical: 'critical', high: 'high', medium: 'medium', low: 'low' };
/** Below this many columns for the summary, a fix is shown stacked: its id line, then its summary below. */
const MIN_SUMMARY_COLUMNS = 30;
const STACKED_INDENT = '      ';

const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

const markerOf = (fix: GatedFix): Segment => (fix.exploited ? span('exploited', '!') : fix.certain ? ' ' : span('caution', '?'));

const severityOf = (fix: GatedFix, width: number): Segment =>
  fix.severity ? span(BAND_STYLE[bandOf(fix.severity)], fix.severity.padEnd(width)) : span('muted', '-'.padEnd(width));

/** The summary and what follows it: where the fix first came, may-lack and suppression marks. */
function describedFix(fix: GatedFix): Segment[] {
  return [
    oneLine(fix.summary),
    '  ',
    span('muted', `(${fix.fixedIn}, ${fix.date})`),
    ...(fix.exploited && !fix.certain ? [span('caution', ' (may lack)')] : []),
    ...(fix.suppressed
      ? [span('muted', `  [suppressed: ${oneLine(fix.suppressed.reason)}${fix.suppressed.expires ? ` until ${fix.suppressed.expires}` : ''}]`)]
      : []),
  ];
}

/** One fix: a row of id, severity, CVSS and summary (the summary wrapped under itself), or stacked where the terminal is narrow. */
function exposedLines(fix: GatedFix, idWidth: number, width: number | null): StyledLine[] {
  const cvss = fix.cvss?.toFixed(1) ?? '';
  const noteLine = (indent: string): StyledLine[] =>
    fix.note ? wrapLine([indent, span('muted', `note: ${oneLine(fix.note)}`)], width, `${indent}      `) : [];
  const prefix = `  x ${fix.id.padEnd(idWidth)}  ${''.padEnd(9)} ${cvss.padStart(4)}  `;
  if (width === null || width - prefix.length >= MIN_SUMMARY_COLUMNS) {
    const row = ['  ', markerOf(fix), ` ${fix.id.padEnd(idWidth)}  `, severityOf(fix, 9), ` ${cvss.padStart(4)}  `, ...describedFix(fix)];
    return [...wrapLine(row, width, ' '.repeat(prefix.length)), ...noteLine(STACKED_INDENT)];
  }
  const head = ['  ', markerOf(fix), ` ${fix.id}  `, severityOf(fix, 0), cvss ? ` ${cvss}` : ''];
  return [...wrapLine(head, width, STACKED_INDENT), ...wrapLine([STACKED_INDENT, ...describedFix(fix)], width, STACKED_INDENT), ...noteLine(STACKED_INDENT)];
}

/** "Lacks 12 fixes and may lack 2 more", "May lack 2 fixes". */
function heading(certain: number, uncertain: number): string {
  if (certain > 0 && uncertain > 0) return `Lacks ${countOf(certain, 'fix', 'fixes')} and may lack ${countOf(uncertain, 'more', 'more')}`;
  if (certain > 0) return `Lacks ${countOf(certain, 'fix', 'fixes')}`;
  if (uncertain > 0) return `May lack ${countOf(uncertain, 'fix', 'fixes')}`;
  return 'Lacks only suppressed fixes';
}

/** The fixed issues the server lacks (certain) or may lack (uncertain), exploited and most severe first. */
export function exposureLines({ gate }: CheckedReport, width: number | null): StyledLine[] {
  const shown = gate.shown;
  const hidden = [
    gate.suppressedCount > 0 && !shown.some((fix) => fix.suppressed)
      ? `${countOf(gate.suppressedCount, 'more', 'more')} suppressed; --show-suppressed lists them`
      : '',
    gate.hiddenCount > 0 ? `${formatCount(gate.hiddenCount)} not shown: --severity` : '',
  ]
    .filter(Boolean)
    .map((part) => ` (${part})`)
    .join('');
  const unsuppressed = gate.open;
  const certain = unsuppressed.filter((fix) => fix.certain).length;
  if (shown.length === 0) {
    if (unsuppressed.length > 0) return wrapLine([span('strong', `${heading(certain, unsuppressed.length - certain)}${hidden}`)], width, '  ');
    return hidden ? wrapLine([span('muted', `Lacks no fix that is not suppressed${hidden}`)], width, '  ') : [];
  }
  const idWidth = Math.max(...shown.map((fix) => fix.id.length));
  const legend = [
    shown.some((fix) => fix.exploited) ? '! exploited in the wild' : '',
    shown.some((fix) => !fix.certain) ? '? may lack: the build cannot prove it' : '',
  ]
    .filter(Boolean)
    .join('   ');
  return [
    ...wrapLine([span('strong', `${heading(certain, unsuppressed.length - certain)}${hidden}:`)], width, '  '),
    ...shown.flatMap((fix) => exposedLines(fix, idWidth, width)),
    ...(legend ? wrapLine([span('muted', `  ${legend}`)], width, '  ') : []),
  ];
}
