import type { Fix } from '../../catalog/model.js';
import type { ReleaseDiff } from '../../analyse/queries/diff-releases.js';
import type { RenderOptions } from '../render-options.js';
import { queryJson, queryTsv, type QueryFormat } from './query-output.js';

const fixRecord = (fix: Fix): object => ({
  id: fix.id,
  kind: fix.kind,
  severity: fix.severity,
  cvss: fix.cvss,
  exploited: fix.exploited,
  summary: fix.summary,
  cves: fix.cves,
});
const endpoint = (side: ReleaseDiff['from']): object => ({ input: side.text, release: side.release.name, exact: side.exact });

function textLines(title: string, fixes: readonly Fix[]): string[] {
  if (fixes.length === 0) return [];
  return [title, ...fixes.map((fix) => `  ${fix.exploited ? '!' : ' '} ${fix.id.padEnd(16)} ${(fix.severity ?? '-').padEnd(9)} ${fix.summary}`)];
}

export function renderDiff(diff: ReleaseDiff, format: QueryFormat, options: RenderOptions): string {
  switch (format) {
    case 'json':
      return queryJson({ from: endpoint(diff.from), to: endpoint(diff.to), gained: diff.gained.map(fixRecord), lost: diff.lost.map(fixRecord) }, options);
    case 'tsv':
      return queryTsv(
        ['change', 'id', 'kind', 'severity', 'exploited', 'summary'],
        [
          ...diff.gained.map((fix) => ['gained', fix.id, fix.kind, fix.severity ?? '', fix.exploited ? 'yes' : 'no', fix.summary]),
          ...diff.lost.map((fix) => ['lost', fix.id, fix.kind, fix.severity ?? '', fix.exploited ? 'yes' : 'no', fix.summary]),
        ],
        options,
      );
    case 'text': {
      const lines = [
        `From ${diff.from.release.name} to ${diff.to.release.name}: ${diff.gained.length} gained, ${diff.lost.length} lost`,
        ...textLines('Gained:', diff.gained),
        ...textLines('Lost (a downgrade, or a package that does not carry its line’s earlier fixes):', diff.lost),
      ];
      return `${lines.join('\n')}\n`;
    }
  }
}
