import type { CheckedReport } from '../../gate/checked-report.js';
import { span, type StyledLine, type StyledText, type TextStyle } from '../../shared/styled-text.js';
import { describeBasis } from '../describe-catalogs.js';
import { INSECURE_NOTE } from '../insecure-note.js';
import type { RenderOptions } from '../render-options.js';
import { confirmLines } from './confirm-section.js';
import { exposureLines } from './exposure-lines.js';
import { installedLines, recommendedLines } from './release-lines.js';
import { describeVerdict, gateLines } from './verdict-text.js';
import { wrapLine } from './wrap-line.js';

function verdictStyle({ report }: CheckedReport): TextStyle {
  if (report.status === 'current' || report.status === 'ahead') return 'verdict-good';
  return report.status === 'unknown' ? 'verdict-caution' : 'verdict-bad';
}

/**
 * The single-build report for people: the release, the recommendation, the exposure, the steps to
 * confirm on the server, the verdict,
 * the catalog used; wrapped at word boundaries to the terminal's width, whole lines in a pipe.
 */
export function renderReportText(checked: CheckedReport, options: RenderOptions): StyledText {
  const { width } = options;
  const verdict = [...wrapLine([span(verdictStyle(checked), `Verdict: ${describeVerdict(checked)}`)], width, '  '), ...gateLines(checked, width)];
  const sections = [
    installedLines(checked.report, width),
    recommendedLines(checked.report, width),
    exposureLines(checked, width),
    confirmLines(checked, width),
    verdict,
  ];
  const footer = [
    ...wrapLine([span('muted', describeBasis(options))], width, '  '),
    ...(options.insecure ? wrapLine([span('caution', INSECURE_NOTE)], width, '  ') : []),
  ];
  const lines: StyledLine[] = [];
  for (const section of [...sections.filter((section) => section.length > 0), footer]) {
    if (lines.length > 0) lines.push([]);
    lines.push(...section);
  }
  return { lines };
}
