import type { Explanation, FixExplanation, ReleaseExplanation } from '../../analyse/queries/explain.js';
import type { Fix } from '../../catalog/model.js';
import type { RenderOptions } from '../render-options.js';
import { queryJson, queryTsv, type QueryFormat } from './query-output.js';

function fixText(explanation: FixExplanation): string[] {
  const { fix } = explanation;
  const lines = [`${fix.id} (${fix.kind}${fix.severity ? `, ${fix.severity}` : ''}${fix.exploited ? ', exploited in the wild' : ''}): ${fix.summary}`];
  if (fix.cves.length > 0) lines.push(`  covers ${fix.cves.join(', ')}`);
  if (fix.note) lines.push(`  note: ${fix.note}`);
  for (const [product, note] of fix.notesByProduct) lines.push(`  note on ${product}: ${note}`);
  for (const line of explanation.lines) {
    const shipped = line.shippedBy.length > 0 ? `shipped by ${line.shippedBy.join(', ')}` : 'inherited by its base release';
    lines.push(`  ${line.product} ${line.line}: first in ${line.firstContaining}; ${shipped}`);
  }
  if (explanation.build) lines.push(`${explanation.build.text} (${explanation.build.release}): ${explanation.build.state}: ${explanation.build.how}`);
  return lines;
}

/** The fix as JSON: its per-product lists and notes as objects keyed by product id. */
const fixJson = (fix: Fix): object => ({
  ...fix,
  cvesByProduct: Object.fromEntries(fix.cvesByProduct),
  notesByProduct: Object.fromEntries(fix.notesByProduct),
});

function releaseText(explanation: ReleaseExplanation): string[] {
  const { release } = explanation;
  return [
    `${release.name}  build ${release.build}, ${release.kind}, released ${release.date}${release.kb ? `, ${release.kb}` : ''}${release.availability === 'esu' ? ', ESU only' : ''}${explanation.exact ? '' : ' (nearest listed release below the build given)'}`,
    `  ${explanation.product}, line ${explanation.line}, base release ${explanation.base}${explanation.cumulative ? '' : '; carries only its own fixes on top of the base release'}`,
    `  ships ${explanation.own.length} fixes itself and contains ${explanation.contains.length}${explanation.uncertain.length > 0 ? `; ${explanation.uncertain.length} cannot be proven` : ''}`,
    ...(explanation.replacedBy ? [`  replaced by ${explanation.replacedBy}`] : []),
    `  newer on its line: ${explanation.newerOnLine.length > 0 ? explanation.newerOnLine.join(', ') : 'none'}`,
    `  recommended: ${explanation.recommended ?? 'nothing'}`,
  ];
}

export function renderExplanation(explanation: Explanation, format: QueryFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return queryJson(explanation.subject === 'fix' ? { ...explanation, fix: fixJson(explanation.fix) } : explanation, options);
    case 'tsv':
      return explanation.subject === 'fix'
        ? queryTsv(
            ['product', 'line', 'first_containing', 'shipped_by'],
            explanation.lines.map((line) => [line.product, line.line, line.firstContaining, line.shippedBy.join(',')]),
            options,
          )
        : queryTsv(
            ['fix', 'own', 'certain'],
            explanation.contains
              .map((id) => [id, explanation.own.includes(id) ? 'yes' : 'no', 'yes'])
              .concat(explanation.uncertain.map((id) => [id, 'no', 'no'])),
            options,
          );
    case 'text':
      return `${(explanation.subject === 'fix' ? fixText(explanation) : releaseText(explanation)).join('\n')}\n`;
  }
}
