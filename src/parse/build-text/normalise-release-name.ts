// Writes a release name the way the catalog does: `Exchange Server 2019 Cumulative Update 14` -> `Exchange 2019 CU14`.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

const REWRITES: readonly [RegExp, string | ((...groups: string[]) => string)][] = [
  [/^exchange(?:\s+server)?\b/i, 'Exchange'],
  [/\bsubscription\s+edition\b/i, 'SE'],
  [/\b(?:cumulative\s+update|cu)\s?(\d+)/gi, 'CU$1'],
  [/\b(?:service\s+pack|sp)\s?(\d+)/gi, 'SP$1'],
  [/\b(?:update\s+rollup|ru)\s?(\d+)(?:\s?v(\d+))?/gi, (_, number: string, version?: string) => `RU${number}${version ? `v${version}` : ''}`],
  [
    new RegExp(`\\b(${MONTHS.join('|')})(\\d{2})\\s?(su|hu)(?:\\s?v(\\d+))?`, 'gi'),
    (_, month: string, year: string, kind: string, version?: string) => `${capitalise(month)}${year}${kind.toUpperCase()}${version ? `v${version}` : ''}`,
  ],
  [/\b(rtm|se)\b/gi, (word: string) => word.toUpperCase()],
  [/\bpreview\b/gi, 'Preview'],
  [/\((\d{4})h([12])\)/gi, '($1H$2)'],
];

/** Collapses white space, writes CU/SP/RU/SU the catalog's way, drops `Server` and trailing punctuation. */
export function normaliseReleaseName(phrase: string): string {
  let name = phrase.replace(/\s+/g, ' ').trim();
  for (const [pattern, replacement] of REWRITES) {
    name = typeof replacement === 'string' ? name.replace(pattern, replacement) : name.replace(pattern, replacement as (...groups: string[]) => string);
  }
  return name.replace(/[\s.,;:!?]+$/, '');
}
