import type { Match } from '../../analyse/identify.js';
import type { Report } from '../../analyse/report.js';
import { span, type StyledLine, type StyledSpan } from '../../shared/styled-text.js';
import { describeRoute } from './install-path.js';
import { probeLines } from './probe-text.js';
import { wrapLine } from './wrap-line.js';

const MATCH_WORDS: Record<Match, string> = {
  exact: 'listed',
  unlisted: 'unlisted',
  newer: 'newer than the catalog',
  older: 'older than every listed release',
  'unknown-product': 'of no listed product',
};

function supportText(report: Report): StyledSpan | '' {
  const { support, product, installed } = report;
  if (!support || !product) return '';
  const esu = support.esu
    ? `; ${support.esu.period} of Extended Security Updates until ${support.esu.until}${support.esu.enrolled ? ' (enrolled)' : ' (for enrolled organisations)'}`
    : '';
  if (!support.product.supported) return span('bad', `out of support: ${product.name} support ended ${support.product.end}${esu}`);
  if (support.line && !support.line.supported) return span('bad', `out of support: line ${installed.line} support ended ${support.line.end}`);
  const until = support.line?.end ?? support.product.end;
  return span('good', `supported${until ? ` until ${until}` : ''}`);
}

/** The build and the release it is: line, product and support. */
export function installedLines(report: Report, width: number | null): StyledLine[] {
  const { installed, product } = report;
  if (!product)
    return [...wrapLine([span('strong', `Build ${report.build}`), ' belongs to no product in the catalog'], width, '  '), ...probeLines(report, width)];
  const headline: StyledLine =
    installed.match === 'exact'
      ? [span('strong', installed.name!), `  build ${installed.build}, released ${installed.date}`]
      : [
          span('strong', `Build ${installed.build}`),
          `  ${MATCH_WORDS[installed.match]}${installed.below ? `, above ${installed.below.name} (${installed.below.build})` : ''}${installed.above ? `, below ${installed.above.name} (${installed.above.build})` : ''}`,
        ];
  const lineText = installed.line ? `${product.name}, line ${installed.line}` : product.name;
  const lines = [...wrapLine(headline, width, '  '), ...wrapLine([`  ${lineText} · `, supportText(report)], width, '    '), ...probeLines(report, width)];
  if (report.confidence === 'cu-level') lines.push(...wrapLine([span('caution', '  confidence: CU level only, security-update level unknown')], width, '    '));
  return lines;
}

/** The one release to install, where to get it, who can get it, and how to get there. */
export function recommendedLines(report: Report, width: number | null): StyledLine[] {
  const { recommended } = report;
  if (!recommended)
    return report.product ? wrapLine([span('strong', 'Recommended:'), ' nothing; no listed release is newer than this build'], width, '  ') : [];
  const availability = recommended.availability === 'esu' ? [span('caution', ' (ESU only: for organisations enrolled in Extended Security Updates)')] : [];
  const lines = wrapLine(
    [
      span('strong', 'Recommended:'),
      ' ',
      span('target', recommended.name),
      `  build ${recommended.build}${recommended.kb ? `, ${recommended.kb}` : ''}, released ${recommended.date}`,
      ...availability,
    ],
    width,
    '  ',
  );
  if (recommended.url) lines.push(['  ', span('link', recommended.url)]);
  if (report.upToDate) lines.push(['  already installed']);
  else if (recommended.path.length > 0) lines.push(...wrapLine([`  ${describeRoute(recommended)}`], width, '    '));
  if (recommended.note) lines.push(...wrapLine([span('muted', `  ${recommended.note}`)], width, '    '));
  return lines;
}
