// Decides which Exchange build the statements agree on, or that they disagree.
import { compareBuilds, formatBuild } from '../build/build.js';
import type { Statement } from './finding.js';
import { BUILD_TEXT_FORMS } from './reading.js';

export type BuildChoice =
  | {
      readonly kind: 'chosen';
      /** The statement reported: the most exact form stating the build. */
      readonly chosen: Statement;
      /** Every other statement of the same build. */
      readonly agreeing: readonly Statement[];
      /** CU-level statements consistent with an exact build (empty when the build is only CU level). */
      readonly cuLevel: readonly Statement[];
    }
  | { readonly kind: 'conflict'; readonly first: readonly Statement[] };

const compareByFormThenPlace = (a: Statement, b: Statement): number =>
  BUILD_TEXT_FORMS.indexOf(a.form) - BUILD_TEXT_FORMS.indexOf(b.form) || a.line - b.line || a.start - b.start;
const compareByPlace = (a: Statement, b: Statement): number => a.line - b.line || a.start - b.start;

/** One statement per distinct build, in the order the text states them. */
function keepFirstOfEachBuild(statements: readonly Statement[]): Statement[] {
  const first = new Map<string, Statement>();
  for (const statement of [...statements].sort(compareByPlace)) {
    const key = formatBuild(statement.parts);
    if (!first.has(key)) first.set(key, statement);
  }
  return [...first.values()];
}

/**
 * A CU-level statement is consistent with an exact build of the same CU. Exchange 2013 and later keep the
 * CU's build number in every security update (only the revision grows: 15.2.1544.4 -> 15.2.1544.14);
 * Exchange 2007 and 2010 rollups raise the build number within the service pack (14.3.123.4 -> 14.3.513.0).
 */
export function isCuLevelOf(cuLevel: Statement, exact: Statement): boolean {
  const [major, minor, build] = cuLevel.parts;
  if (major !== exact.parts[0] || minor !== exact.parts[1] || compareBuilds(cuLevel.parts, exact.parts) > 0) return false;
  return major < 15 || build === exact.parts[2];
}

function choose(statements: readonly Statement[], cuLevel: readonly Statement[]): BuildChoice {
  const [chosen, ...agreeing] = [...statements].sort(compareByFormThenPlace);
  return { kind: 'chosen', chosen: chosen!, agreeing, cuLevel };
}

export function chooseBuild(statements: readonly Statement[]): BuildChoice {
  const exact = statements.filter((statement) => statement.proves === 'exact');
  const cuLevel = statements.filter((statement) => statement.proves === 'cu-level');
  const exactBuilds = keepFirstOfEachBuild(exact);
  if (exactBuilds.length > 1) return { kind: 'conflict', first: exactBuilds };
  const exactBuild = exactBuilds[0];
  if (exactBuild === undefined) {
    const cuBuilds = keepFirstOfEachBuild(cuLevel);
    return cuBuilds.length > 1 ? { kind: 'conflict', first: cuBuilds } : choose(cuLevel, []);
  }
  const inconsistent = cuLevel.filter((statement) => !isCuLevelOf(statement, exactBuild));
  if (inconsistent.length > 0) return { kind: 'conflict', first: [exactBuild, ...keepFirstOfEachBuild(inconsistent)] };
  return choose(exact, cuLevel);
}
