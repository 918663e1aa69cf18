// Finds numbers shaped like builds that are known not to be this server's build.
import type { Claim, Finding, Scanner, SourceLine, SourceText } from '../finding.js';

/**
 * ExchangeVersion, the version of an AD object's schema, prints as `0.1 (8.0.535.0)`, `0.10 (14.0.100.0)`,
 * `0.20 (15.0.0.0)` or, for Exchange 2003 objects, `0.0 (6.5.6500.0)`: inside the parentheses sits a
 * number in the Exchange 2007, 2010, 2013 or 2003 range that is no server build.
 */
const OBJECT_VERSION = /\b\d{1,3}\.\d{1,3}\s{1,4}\((\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5})\)/g;
/** HealthChecker warns `Local Tools Server Version: 15.2.1258.12`: the machine it ran on, not the one checked. */
const LOCAL_TOOLS = /local\s{1,4}tools\s{1,4}server\s{1,4}version\s{0,4}:\s{0,8}([0-9][0-9.]{0,40})/gi;

const CLAIMS: readonly { readonly keyword: string; readonly pattern: RegExp; readonly why: string }[] = [
  { keyword: '(', pattern: OBJECT_VERSION, why: 'is an AD object version (ExchangeVersion), not a server build' },
  { keyword: 'local tools', pattern: LOCAL_TOOLS, why: 'is the build of the machine HealthChecker ran on, not of the server it checked' },
];

function findClaimsOnLine(line: SourceLine): Claim[] {
  const claims: Claim[] = [];
  for (const { keyword, pattern, why } of CLAIMS) {
    if (!line.lower.includes(keyword)) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(line.text); match; match = pattern.exec(line.text)) {
      const text = match[1]!;
      const start = match.index + match[0].lastIndexOf(text);
      claims.push({ kind: 'claim', line: line.number, start, end: start + text.length, text, why });
    }
  }
  return claims;
}

export const notBuildVersions: Scanner = {
  name: 'not-build-versions',
  describes: 'AD object versions (ExchangeVersion) and the local tools version HealthChecker warns about',
  examples: [
    { text: 'AdminDisplayVersion : Version 15.2 (Build 1544.4)\nExchangeVersion     : 0.1 (8.0.535.0)', reads: '15.2.1544.4', form: 'admin-display-version' },
    { text: 'ExchangeVersion : 0.10 (14.0.100.0)\nFileVersion : 14.03.0513.000', reads: '14.3.513.0', form: 'file-version-list' },
    { text: 'ExchangeVersion : 0.0 (6.5.6500.0)', refused: 'AD object version' },
    {
      text: 'Build Number: 15.02.1544.014\n  Running commands from a different version box can cause issues. Local Tools Server Version: 15.2.1258.12',
      reads: '15.2.1544.14',
      form: 'health-checker',
    },
  ],
  find(text: SourceText): Finding[] {
    return text.lines.flatMap(findClaimsOnLine);
  },
};
