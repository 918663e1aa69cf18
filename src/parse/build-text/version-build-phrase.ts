// Finds "Version 15.2 (Build 1118.7)" phrases, as AdminDisplayVersion and the AD serialNumber print them.
import type { SourceLine } from './finding.js';

export interface VersionBuildPhrase {
  readonly start: number;
  readonly end: number;
  readonly major: string;
  readonly minor: string;
  readonly build: string;
  readonly revision: string;
  /** The line names the AD attribute: `serialNumber : {Version 15.2 (Build 31544.4)}`. */
  readonly serialNumberLabel: boolean;
}

/**
 * Exchange 2007 and later: `Version 15.2 (Build 1118.7)`. Exchange 2000 and 2003 add the service pack:
 * `Version 6.5 (Build 7638.2: Service Pack 2)`. Bounded repetitions keep every attempt short (linear time).
 */
const PHRASE = /\bversion\s{1,8}(\d{1,12})\.(\d{1,12})\s{1,8}\(build\s{1,8}(\d{1,12})\.(\d{1,12})(?::\s{0,8}service\s{1,8}pack\s{1,8}\d{1,3})?\s{0,8}\)/gi;

export function findVersionBuildPhrases(line: SourceLine): VersionBuildPhrase[] {
  if (!line.lower.includes('build')) return [];
  const serialNumberLabel = line.lower.includes('serialnumber');
  const phrases: VersionBuildPhrase[] = [];
  PHRASE.lastIndex = 0;
  for (let match = PHRASE.exec(line.text); match; match = PHRASE.exec(line.text)) {
    const [text, major, minor, build, revision] = match as unknown as [string, string, string, string, string];
    phrases.push({ start: match.index, end: match.index + text.length, major, minor, build, revision, serialNumberLabel });
  }
  return phrases;
}
