import { Chalk, type ChalkInstance } from 'chalk';
import { bandOf, type SeverityBand } from '../../shared/severity.js';
import type { Match } from '../../analyse/identify.js';
import type { Report, ReleaseSummary } from '../../analyse/report.js';
import type { CheckedReport } from '../../gate/checked-report.js';
import type { GatedFix } from '../../gate/gated-fix.js';
import { describeCatalogs } from '../describe-catalogs.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { RenderOptions } from '../render-options.js';
import { probeLines } from './probe-text.js';

const BAND_STYLE: Record<SeverityBand, (chalk: ChalkInstance) => ChalkInstance> = {
  critical: (chalk) => chalk.red.bold,
  high: (chalk) => chalk.red,
  medium: (chalk) => chalk.yellow,
  low: (chalk) => chalk.gray,
};

const MATCH_WORDS: Record<Match, string> = {
  exact: 'listed',
  unlisted: 'unlisted',
  newer: 'newer than the catalog',
  older: 'older than every listed release',
  'unknown-product': 'of no listed product',
};

const oneLine = (text: string): string => text.replace(/[\t\r\n]+/g, ' ');

const withKb = (release: ReleaseSummary, label = release.name): string => (release.kb ? `${label} (${release.kb})` : label);

export function describeInstallPath(path: readonly ReleaseSummary[]): string {
  return path
    .map((step, index) => {
      const previous = path[index - 1];
      const label = previous && step.name.startsWith(`${previous.name} `) ? step.name.slice(previous.name.length + 1) : step.name;
      return withKb(step, label);
    })
    .join(', then ');
}

function installedLines(report: Report, chalk: ChalkInstance): string[] {
  const { installed, product, support } = report;
  if (!product) return [`${chalk.bold(`Build ${report.build}`)} belongs to no product in the catalog`, ...probeLines(report, chalk)];
  const headline =
    installed.match === 'exact'
      ? `${chalk.bold(installed.name!)}  build ${installed.build}, released ${installed.date}`
      : `${chalk.bold(`Build ${installed.build}`)}  ${MATCH_WORDS[installed.match]}${installed.below ? `, above ${installed.below.name} (${installed.below.build})` : ''}${installed.above ? `, below ${installed.above.name} (${installed.above.build})` : ''}`;
  const supportText = !support
    ? ''
    : !support.product.supported
      ? chalk.red(`out of support: ${product.name} support ended ${support.product.end}`)
      : support.line && !support.line.supported
        ? chalk.red(`out of support: line ${installed.line} support ended ${support.line.end}`)
        : chalk.green(`supported${support.line?.end ? ` until ${support.line.end}` : support.product.end ? ` until ${support.product.end}` : ''}`);
  const lineText = installed.line ? `${product.name}, line ${installed.line}` : product.name;
  const lines = [headline, `  ${lineText} · ${supportText}`, ...probeLines(report, chalk)];
  if (report.confidence === 'cu-level') lines.push(chalk.yellow('  confidence: CU level only, security-update level unknown'));
  return lines;
}

function recommendedLines(report: Report, chalk: ChalkInstance): string[] {
  const { recommended } = report;
  if (!recommended) return report.product ? [`${chalk.bold('Recommended:')} nothing; no listed release is newer than this build`] : [];
  const lines = [
    `${chalk.bold('Recommended:')} ${chalk.cyan.bold(recommended.name)}  build ${recommended.build}${recommended.kb ? `, ${recommended.kb}` : ''}, released ${recommended.date}`,
  ];
  if (recommended.url) lines.push(`  ${chalk.underline(recommended.url)}`);
  if (report.upToDate) lines.push('  already installed');
  else if (recommended.path.length > 0) lines.push(`  install ${describeInstallPath(recommended.path)}`);
  return lines;
}

function exposedLine(fix: GatedFix, chalk: ChalkInstance, idWidth: number): string[] {
  const marker = fix.exploited ? chalk.red.bold('!') : fix.certain ? ' ' : chalk.yellow('?');
  const severity = fix.severity ? BAND_STYLE[bandOf(fix.severity)](chalk)(fix.severity.padEnd(9)) : chalk.gray('-'.padEnd(9));
  const cvss = (fix.cvss?.toFixed(1) ?? '').padStart(4);
  const suppressed = fix.suppressed
    ? chalk.gray(`  [suppressed: ${oneLine(fix.suppressed.reason)}${fix.suppressed.expires ? ` until ${fix.suppressed.expires}` : ''}]`)
    : '';
  const line = `  ${marker} ${fix.id.padEnd(idWidth)}  ${severity} ${cvss}  ${oneLine(fix.summary)}  ${chalk.gray(`(${fix.fixedIn}, ${fix.date})`)}${suppressed}`;
  return fix.note ? [line, chalk.gray(`      note: ${oneLine(fix.note)}`)] : [line];
}

function exposedLines({ gate }: CheckedReport, chalk: ChalkInstance): string[] {
  const shown = gate.shown;
  const hidden = gate.shown.some((fix) => fix.suppressed) ? '' : suppressedNote(gate.suppressedCount);
  if (shown.length === 0) return hidden ? [chalk.gray(hidden.trim())] : [];
  const unsuppressed = shown.filter((fix) => !fix.suppressed).length;
  const idWidth = Math.max(...shown.map((fix) => fix.id.length));
  const legend = [
    shown.some((fix) => fix.exploited) ? '! exploited in the wild' : '',
    shown.some((fix) => !fix.certain) ? '? cannot be proven from the build' : '',
  ]
    .filter(Boolean)
    .join('   ');
  return [
    chalk.bold(`Exposed to ${unsuppressed} fixed ${unsuppressed === 1 ? 'issue' : 'issues'}${hidden}:`),
    ...shown.flatMap((fix) => exposedLine(fix, chalk, idWidth)),
    ...(legend ? [chalk.gray(`  ${legend}`)] : []),
  ];
}

const suppressedNote = (count: number): string => (count > 0 ? ` (${count} suppressed; --show-suppressed lists them)` : '');

function describeVerdict({ report, gate }: CheckedReport): string {
  const missing = gate.shown.filter((fix) => !fix.suppressed);
  const exploited = missing.filter((fix) => fix.exploited).length;
  const lacking =
    missing.length === 0
      ? 'lacks no listed fix'
      : `lacks ${missing.length} ${missing.length === 1 ? 'fix' : 'fixes'}${exploited > 0 ? `, ${exploited} known exploited` : ''}`;
  switch (report.status) {
    case 'current':
      return 'current: runs the recommended release and lacks no listed fix';
    case 'behind':
      return `behind: ${lacking}; install ${report.recommended?.name ?? 'the recommended release'}`;
    case 'unsupported':
      return `out of support: ${report.upToDate ? 'runs the newest release and lacks no listed fix, but gets no further fixes' : `${lacking}; install ${report.recommended?.name ?? 'a supported release'}`}`;
    case 'unknown':
      return 'unknown: the catalog cannot place this build';
  }
}

function gateLine({ report, gate }: CheckedReport): string | null {
  if (gate.reasons.length > 0) return `Gate: failed: ${gate.reasons.join('; ')}`;
  return report.status === 'current' ? null : 'Gate: passed';
}

export function renderReportText(checked: CheckedReport, options: RenderOptions): string {
  const { report } = checked;
  const chalk = new Chalk({ level: options.colorLevel });
  const verdictStyle = report.status === 'current' ? chalk.green.bold : report.status === 'unknown' ? chalk.yellow.bold : chalk.red.bold;
  const gate = gateLine(checked);
  const verdict = [verdictStyle(`Verdict: ${describeVerdict(checked)}`), ...(gate ? [gate] : [])];
  const sections = [installedLines(report, chalk), recommendedLines(report, chalk), exposedLines(checked, chalk), verdict];
  const footer = [chalk.gray(`${describeCatalogs(options.catalogs)}; as of ${report.asOf}`), ...(options.insecure ? [chalk.yellow(INSECURE_NOTE)] : [])].join(
    '\n',
  );
  return `${[...sections.filter((lines) => lines.length > 0).map((lines) => lines.join('\n')), footer].join('\n\n')}\n`;
}
