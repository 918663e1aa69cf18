import type { ChalkInstance } from 'chalk';
import type { Match } from '../../analyse/identify.js';
import type { Report } from '../../analyse/report.js';
import { describeRoute } from './install-path.js';
import { probeLines } from './probe-text.js';

const MATCH_WORDS: Record<Match, string> = {
  exact: 'listed',
  unlisted: 'unlisted',
  newer: 'newer than the catalog',
  older: 'older than every listed release',
  'unknown-product': 'of no listed product',
};

function supportText(report: Report, chalk: ChalkInstance): string {
  const { support, product, installed } = report;
  if (!support || !product) return '';
  const esu = support.esu
    ? `; ${support.esu.period} of Extended Security Updates until ${support.esu.until}${support.esu.enrolled ? ' (enrolled)' : ' (for enrolled organisations)'}`
    : '';
  if (!support.product.supported) return chalk.red(`out of support: ${product.name} support ended ${support.product.end}${esu}`);
  if (support.line && !support.line.supported) return chalk.red(`out of support: line ${installed.line} support ended ${support.line.end}`);
  const until = support.line?.end ?? support.product.end;
  return chalk.green(`supported${until ? ` until ${until}` : ''}`);
}

/** The build and the release it is: line, product and support. */
export function installedLines(report: Report, chalk: ChalkInstance): string[] {
  const { installed, product } = report;
  if (!product) return [`${chalk.bold(`Build ${report.build}`)} belongs to no product in the catalog`, ...probeLines(report, chalk)];
  const headline =
    installed.match === 'exact'
      ? `${chalk.bold(installed.name!)}  build ${installed.build}, released ${installed.date}`
      : `${chalk.bold(`Build ${installed.build}`)}  ${MATCH_WORDS[installed.match]}${installed.below ? `, above ${installed.below.name} (${installed.below.build})` : ''}${installed.above ? `, below ${installed.above.name} (${installed.above.build})` : ''}`;
  const lineText = installed.line ? `${product.name}, line ${installed.line}` : product.name;
  const lines = [headline, `  ${lineText} · ${supportText(report, chalk)}`, ...probeLines(report, chalk)];
  if (report.confidence === 'cu-level') lines.push(chalk.yellow('  confidence: CU level only, security-update level unknown'));
  return lines;
}

/** The one release to install, where to get it, who can get it, and how to get there. */
export function recommendedLines(report: Report, chalk: ChalkInstance): string[] {
  const { recommended } = report;
  if (!recommended) return report.product ? [`${chalk.bold('Recommended:')} nothing; no listed release is newer than this build`] : [];
  const availability = recommended.availability === 'esu' ? chalk.yellow(' (ESU only: for organisations enrolled in Extended Security Updates)') : '';
  const lines = [
    `${chalk.bold('Recommended:')} ${chalk.cyan.bold(recommended.name)}  build ${recommended.build}${recommended.kb ? `, ${recommended.kb}` : ''}, released ${recommended.date}${availability}`,
  ];
  if (recommended.url) lines.push(`  ${chalk.underline(recommended.url)}`);
  if (report.upToDate) lines.push('  already installed');
  else if (recommended.path.length > 0) lines.push(`  ${describeRoute(recommended)}`);
  if (recommended.note) lines.push(chalk.gray(`  ${recommended.note}`));
  return lines;
}
