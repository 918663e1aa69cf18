import type { ChalkInstance } from 'chalk';
import type { CheckedReport } from '../../gate/checked-report.js';
import type { GatedFix } from '../../gate/gated-fix.js';
import { bandOf, type SeverityBand } from '../../shared/severity.js';

const BAND_STYLE: Record<SeverityBand, (chalk: ChalkInstance) => ChalkInstance> = {
  critical: (chalk) => chalk.red.bold,
  high: (chalk) => chalk.red,
  medium: (chalk) => chalk.yellow,
  low: (chalk) => chalk.gray,
};

export const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

const suppressedNote = (count: number): string => (count > 0 ? ` (${count} suppressed; --show-suppressed lists them)` : '');

function exposedLine(fix: GatedFix, chalk: ChalkInstance, idWidth: number): string[] {
  const marker = fix.exploited ? chalk.red.bold('!') : fix.certain ? ' ' : chalk.yellow('?');
  const severity = fix.severity ? BAND_STYLE[bandOf(fix.severity)](chalk)(fix.severity.padEnd(9)) : chalk.gray('-'.padEnd(9));
  const cvss = (fix.cvss?.toFixed(1) ?? '').padStart(4);
  const suppressed = fix.suppressed
    ? chalk.gray(`  [suppressed: ${oneLine(fix.suppressed.reason)}${fix.suppressed.expires ? ` until ${fix.suppressed.expires}` : ''}]`)
    : '';
  const maybe = fix.exploited && !fix.certain ? chalk.yellow(' (may lack)') : '';
  const line = `  ${marker} ${fix.id.padEnd(idWidth)}  ${severity} ${cvss}  ${oneLine(fix.summary)}  ${chalk.gray(`(${fix.fixedIn}, ${fix.date})`)}${maybe}${suppressed}`;
  return fix.note ? [line, chalk.gray(`      note: ${oneLine(fix.note)}`)] : [line];
}

/** The fixed issues the server lacks (certain) or may lack (uncertain), exploited and most severe first. */
export function exposedLines({ gate }: CheckedReport, chalk: ChalkInstance): string[] {
  const shown = gate.shown;
  const hidden = gate.shown.some((fix) => fix.suppressed) ? '' : suppressedNote(gate.suppressedCount);
  if (shown.length === 0) return hidden ? [chalk.gray(hidden.trim())] : [];
  const unsuppressed = shown.filter((fix) => !fix.suppressed).length;
  const idWidth = Math.max(...shown.map((fix) => fix.id.length));
  const legend = [
    shown.some((fix) => fix.exploited) ? '! exploited in the wild' : '',
    shown.some((fix) => !fix.certain) ? '? may lack: the build cannot prove it' : '',
  ]
    .filter(Boolean)
    .join('   ');
  return [
    chalk.bold(`Exposed to ${unsuppressed} fixed ${unsuppressed === 1 ? 'issue' : 'issues'}${hidden}:`),
    ...shown.flatMap((fix) => exposedLine(fix, chalk, idWidth)),
    ...(legend ? [chalk.gray(`  ${legend}`)] : []),
  ];
}
