/** The key order of new entries, as the catalog writes them. */
export const RELEASE_KEYS = [
  'name',
  'build',
  'date',
  'dateDerived',
  'kind',
  'kb',
  'url',
  'replaces',
  'includedIn',
  'cumulative',
  'availability',
  'inherits',
  'fixes',
  'uncertainFixes',
  'fixList',
  'outOfOrder',
] as const;
export const FIX_KEYS = ['id', 'kind', 'severity', 'cvss', 'exploited', 'kevAdded', 'summary', 'summaryImported', 'cves', 'cvesByProduct', 'note', 'notesByProduct', 'configurationStep', 'url'] as const;
export const LINE_KEYS = ['name', 'supportEnd'] as const;

/** Text YAML reads back as the same string when written plain: no indicator at the start, no `: ` or ` #`, not a word YAML gives another meaning. */
const PLAIN = /^(?:[A-Za-z][\w .,()'/+-]*|\d{4}-\d{2}-\d{2}|\d+(?:\.\d+){2,3}|https?:\/\/[\w.~%/?&=+-]+)$/;
const SPECIAL = /^(?:true|false|null|yes|no|on|off|y|n)$/i;
const isPlain = (text: string): boolean => PLAIN.test(text) && !SPECIAL.test(text) && !text.endsWith(' ') && !text.includes(', ');

/** One value in the catalog's style: plain scalars where YAML allows, flow lists and flow maps with spaces inside the braces. */
export function emitValue(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(emitValue).join(', ')}]`;
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(1) : String(value);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, inner]) => `${emitValue(key)}: ${emitValue(inner)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  if (typeof value === 'string') return isPlain(value) ? value : JSON.stringify(value);
  return String(value);
}

/** The `key: value` lines of an entry's keys, in the given order, each indented by `indent`. */
export function emitPairs(entry: object, keys: readonly string[], indent: string): string {
  const record = entry as Record<string, unknown>;
  return keys
    .filter((key) => record[key] !== undefined)
    .map((key) => `${indent}${key}: ${keys === RELEASE_KEYS && key === 'url' ? JSON.stringify(record[key]) : emitValue(record[key])}\n`)
    .join('');
}

/** An entry as a list item: `- first: …` at `dash` columns, the other keys below it. */
export function emitItem(entry: object, keys: readonly string[], dash: number): string {
  const lines = emitPairs(entry, keys, ' '.repeat(dash + 2));
  return `${' '.repeat(dash)}- ${lines.slice(dash + 2)}`;
}

/** A new service line with its releases. */
export function emitLine(line: { readonly releases: readonly object[] }, dash: number): string {
  const head = emitItem(line, LINE_KEYS, dash);
  const releases = line.releases.map((release) => emitItem(release, RELEASE_KEYS, dash + 4)).join('');
  return `${head}${' '.repeat(dash + 2)}releases:\n${releases}`;
}
