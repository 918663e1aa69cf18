// Finds release-name-like phrases: `Exchange 2019 CU14 Nov24SUv2`, `Exchange Server 2016 Cumulative Update 23`.
import type { Finding, NameMention, Scanner, SourceText } from '../finding.js';
import { normaliseReleaseName } from '../normalise-release-name.js';

const SPACE = '[ \\t]{1,4}';
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)';
/** What makes a product name a release: CU, SP, RU, RTM, Preview, an SU or HU, a half-year tag. */
const QUALIFIER = [
  'cu[ \\t]?\\d{1,3}',
  `cumulative${SPACE}update${SPACE}\\d{1,3}`,
  'sp[ \\t]?\\d{1,2}',
  `service${SPACE}pack${SPACE}\\d{1,2}`,
  '(?:ru[ \\t]?|update[ \\t]{1,4}rollup[ \\t]{1,4})\\d{1,3}(?:[ \\t]?v\\d{1,2})?',
  'rtm',
  'preview',
  `${MONTH}\\d{2}[ \\t]?(?:su|hu)(?:[ \\t]?v\\d{1,2})?`,
  '\\(\\d{4}h[12]\\)',
].join('|');
const PRODUCT = `(?:2000|2003|2007|2010|2013|2016|2019|se|subscription${SPACE}edition)`;
/** Bounded repetitions and distinct alternatives: every attempt is short, the scan linear. */
const PHRASE = new RegExp(`\\bexchange(?:${SPACE}server)?${SPACE}${PRODUCT}(?:${SPACE}(?:${QUALIFIER})(?![a-z0-9])){1,6}`, 'gi');

export const releaseNames: Scanner = {
  name: 'release-names',
  describes: 'a release name (product and CU, SP, RU or SU), collected next to a build or resolved alone',
  examples: [
    { text: 'Exchange Server 2019 CU14', name: 'Exchange 2019 CU14' },
    { text: 'Exchange 2019 CU14 Nov24SU v2', name: 'Exchange 2019 CU14 Nov24SUv2' },
    { text: '"Exchange Server 2019 Cumulative Update 14"', name: 'Exchange 2019 CU14' },
    { text: 'exchange 2010 service pack 3 update rollup 32.', name: 'Exchange 2010 SP3 RU32' },
    { text: 'Exchange Server Subscription Edition RTM', name: 'Exchange SE RTM' },
    { text: 'Exchange 2019 CU13 (2023H1)', name: 'Exchange 2019 CU13 (2023H1)' },
    { text: 'Exchange 2019', refused: 'no Exchange build' },
    { text: 'Exchange 2019 CU14 and Exchange 2019 CU13', refused: '2 different releases' },
    { text: 'Version: Exchange 2019 CU14 Nov24SUv2\nBuild Number: 15.02.1544.014', reads: '15.2.1544.14', form: 'health-checker' },
  ],
  find(text: SourceText): Finding[] {
    const found: NameMention[] = [];
    for (const line of text.lines) {
      if (!line.lower.includes('exchange')) continue;
      PHRASE.lastIndex = 0;
      for (let match = PHRASE.exec(line.text); match; match = PHRASE.exec(line.text)) {
        found.push({ kind: 'name', line: line.number, name: normaliseReleaseName(match[0]) });
      }
    }
    return found;
  },
};
