import type { Line, Release } from '../catalog/model.js';
import type { Identification } from './identify.js';
import type { Recommendation } from './recommend.js';
import type { Status, SupportSummary } from './report.js';
import { lineCovered } from './support.js';

export interface StatusFacts {
  readonly identification: Identification;
  readonly floor: Release | null;
  readonly recommendation: Recommendation | null;
  readonly support: SupportSummary | null;
  readonly line: Line | null;
  readonly asOf: string;
  readonly esu: boolean;
}

/**
 * unknown: the catalog cannot place the build; unsupported: its line or product is out of support
 * (and no ESU period covers it for an enrolled organisation); ahead: above every listed release of
 * its line; current: it runs the recommended release; behind: otherwise.
 */
export function statusOf({ identification, floor, recommendation, support, line, asOf, esu }: StatusFacts): { status: Status; upToDate: boolean } {
  const placed = identification.match === 'exact' || identification.match === 'unlisted' || (identification.match === 'newer' && line !== null);
  if (!placed || !support?.line || !line) return { status: 'unknown', upToDate: false };
  const ahead = identification.match === 'newer';
  const upToDate = ahead || (identification.match === 'exact' && floor !== null && (recommendation === null || recommendation.release === floor));
  if (!lineCovered(line, asOf, esu)) return { status: 'unsupported', upToDate };
  return { status: ahead ? 'ahead' : upToDate ? 'current' : 'behind', upToDate };
}
