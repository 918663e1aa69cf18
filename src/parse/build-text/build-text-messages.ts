// The one-line refusals and the notes of a reading.
import { BuildStringError } from '../../shared/errors.js';
import { formatBuild } from '../build/build.js';
import type { Claim, NameMention, Problem, Statement } from './finding.js';
import { formatCount, quoteText } from './quote-text.js';

export const BUILD_TEXT_HINT =
  'expected an Exchange build such as 15.2.1118.7, "Version 15.2 (Build 1118.7)", ExSetup.exe FileVersion output, ' +
  'the registry Setup values, a HealthChecker report, a setup log, a mail header or a release name';

/** Names at most two items and counts the rest: `A and B`, `A, B and 4,498 more`. */
export function nameFirstTwo(items: readonly string[]): string {
  const [first, second] = items;
  if (second === undefined) return first ?? '';
  if (items.length === 2) return `${first} and ${second}`;
  return `${first}, ${second} and ${formatCount(items.length - 2)} more`;
}

export const describeStatement = (statement: Statement): string => `${formatBuild(statement.parts)} (${statement.label}, line ${statement.line})`;

const makeRefusal = (text: string, reason: string): BuildStringError => new BuildStringError(`build text ${quoteText(text)} ${reason}`);

/** A cut-off value refuses the reading: it is never completed. */
export function explainTruncation(text: string, problems: readonly Problem[]): BuildStringError {
  const first = problems[0]!;
  const more = problems.length > 1 ? `; ${formatCount(problems.length - 1)} more cut-off value${problems.length > 2 ? 's' : ''}` : '';
  return makeRefusal(
    text,
    `looks truncated on line ${first.line} (${quoteText(first.text)}): the console cut the value off; widen the window or use Format-List, and paste it again${more}`,
  );
}

const UNREAD_REASONS: Readonly<Record<Exclude<Problem['problem'], 'truncated'>, string>> = {
  malformed: 'is malformed: a build has four parts, such as 15.2.1118.7',
  'too-large': 'has a number above 65535, which no build part is',
  incomplete: 'lacks values: MsiProductMajor, MsiProductMinor, MsiBuildMajor and MsiBuildMinor are all needed',
};

/** A labelled value that could not be read: `the FileVersion "15.2.1118" on line 2 is malformed: ...`. */
export const phraseUnread = (problem: Problem): string =>
  `the ${problem.label} ${quoteText(problem.text)} on line ${problem.line} ${problem.problem === 'truncated' ? 'looks truncated' : UNREAD_REASONS[problem.problem]}`;

export const explainConflict = (text: string, builds: readonly string[]): BuildStringError =>
  makeRefusal(text, `states ${formatCount(builds.length)} different builds: ${nameFirstTwo(builds)}; never guessing, give the build of one server`);

export const explainForeignConflict = (text: string, exchange: string, foreign: string): BuildStringError =>
  makeRefusal(text, `states builds of different products: ${exchange} and ${foreign}; give only the lines of the server to check`);

export const explainNameConflict = (text: string, names: readonly NameMention[]): BuildStringError =>
  makeRefusal(
    text,
    `names ${formatCount(names.length)} different releases: ${nameFirstTwo(names.map((name) => `"${name.name}" (line ${name.line})`))}; give one`,
  );

/** Nothing stated a build: say what was passed over, so the user knows what to paste instead. */
export function explainNoBuild(text: string, passedOver: readonly { readonly says: string }[]): BuildStringError {
  const shown = passedOver.slice(0, 2).map((item) => item.says);
  const more = passedOver.length > 2 ? `; ${formatCount(passedOver.length - 2)} more passed over` : '';
  const why = shown.length > 0 ? ` (${shown.join('; ')}${more})` : '';
  return makeRefusal(text, `states no Exchange build${why}; ${BUILD_TEXT_HINT}`);
}

export const noteClaim = (claim: Claim): string => `${claim.text} on line ${claim.line} was not read: it ${claim.why}`;

export const noteUnread = (problem: Problem): string => `not read: ${phraseUnread(problem)}`;

export const noteAgreement = (statement: Statement): string => `also stated by ${statement.label} on line ${statement.line}`;

export const noteCuLevel = (cuLevel: Statement, exact: Statement): string =>
  `${cuLevel.label} on line ${cuLevel.line} states the CU level ${formatBuild(cuLevel.parts)}, consistent with the exact build from ${exact.label} on line ${exact.line}`;

export const noteCuLevelOnly = (statement: Statement): string =>
  `CU level only: ${statement.label} does not change when security updates are installed; (Get-Command ExSetup.exe).FileVersionInfo.FileVersion gives the exact build`;
