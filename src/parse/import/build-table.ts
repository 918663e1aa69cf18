import { parse } from 'csv-parse/sync';
import type { InputProblem } from './json-reader.js';

/** One row of a build table such as Microsoft's ExchangeBuildNumbers.csv. */
export interface BuildTableRow {
  readonly name: string;
  /** The build without leading zeros in its parts (14.03.0452.000 becomes 14.3.452.0). */
  readonly build: string;
  readonly date: string;
  readonly kb: string | null;
  readonly url: string | null;
  readonly line: number;
}

export interface BuildTable {
  readonly file: string;
  readonly rows: readonly BuildTableRow[];
}

const COLUMNS = { name: 'product name', build: 'build number', date: 'date', kb: 'kb', url: 'blog' } as const;
const REQUIRED = ['name', 'build', 'date'] as const;

/** A dotted build with any zero padding, without it; null when the text is no dotted build. */
export function unpadBuild(text: string): string | null {
  const match = /^(\d{1,10})\.(\d{1,10})\.(\d{1,10})\.(\d{1,10})$/.exec(text.trim());
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  return parts.some((part) => part > 65535) ? null : parts.join('.');
}

/** M/D/YYYY (as the table writes dates) or YYYY-MM-DD, as YYYY-MM-DD; null when it is no real date. */
export function tableDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined) return null;
  const date = `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date) ? date : null;
}

/** Whether a CSV file's first line names the build table's columns. */
export const isBuildTable = (text: string): boolean => /^\uFEFF?"?product name"?\s*,/i.test(text);

/** Reads a build table (BOM, CRLF and quoting allowed); every unreadable row is a problem naming its line. */
export function parseBuildTable(text: string, file: string): { readonly table: BuildTable | null; readonly problems: readonly InputProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    return { table: null, problems: [{ file, at: '', message: `not a readable CSV file: ${(error as Error).message}` }] };
  }
  const problems: InputProblem[] = [];
  const header = (records[0]?.record ?? []).map((name) => name.toLowerCase());
  const index = Object.fromEntries(Object.entries(COLUMNS).map(([key, name]) => [key, header.indexOf(name)])) as Record<keyof typeof COLUMNS, number>;
  const missing = REQUIRED.filter((key) => index[key] < 0).map((key) => COLUMNS[key]);
  if (missing.length > 0)
    return { table: null, problems: [{ file, at: 'line 1', message: `no column ${missing.map((name) => `"${name}"`).join(', ')} in the header` }] };
  const rows = records.slice(1).flatMap(({ record, info }) => {
    const at = `line ${info.lines}`;
    const cell = (key: keyof typeof COLUMNS): string => (index[key] < 0 ? '' : (record[index[key]] ?? ''));
    const wrong = (message: string): [] => (problems.push({ file, at, message }), []);
    if (record.length !== header.length) return wrong(`has ${record.length} fields, the header ${header.length}`);
    const name = cell('name').replace(/\s+/g, ' ');
    const build = unpadBuild(cell('build'));
    const date = tableDate(cell('date'));
    const kb = cell('kb') === '' ? null : cell('kb').toUpperCase();
    const url = cell('url') === '' ? null : cell('url');
    if (name === '') return wrong('Product Name is empty');
    if (build === null) return wrong(`Build Number ${JSON.stringify(cell('build'))} is not a build of four numeric parts`);
    if (date === null) return wrong(`Date ${JSON.stringify(cell('date'))} is not a date as M/D/YYYY`);
    if (kb !== null && !/^KB\d+$/.test(kb)) return wrong(`KB ${JSON.stringify(cell('kb'))} is not a KB id such as KB5012345`);
    if (url !== null && !/^https?:\/\/\S+$/.test(url)) return wrong(`Blog ${JSON.stringify(url)} is not an http(s) URL`);
    return [{ name, build, date, kb, url, line: info.lines }];
  });
  return problems.length > 0 ? { table: null, problems } : { table: { file, rows }, problems: [] };
}
