import { createReadStream, openSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse as parseCsv, type CsvError } from 'csv-parse';
import { LineCounter, isNode, isSeq, parseDocument } from 'yaml';
import { UsageError } from '../shared/errors.js';
import { delimiterFor, detectHostsFormat, type DetectedFormat, type HostsFormat } from '../parse/hosts/detect-format.js';
import { badRow, type HostRow } from '../parse/hosts/host-row.js';
import { headerColumns, rowFromJsonLine, rowFromJsonValue, rowFromRecord, rowFromTextLine, splitTableLine, tableColumns } from '../parse/hosts/parse-host-rows.js';

const SAMPLE_BYTES = 64 * 1024;
const POSITIONED_JSON_CHARS = 4 * 1024 * 1024;

export interface HostSource {
  readonly name: string;
  readonly stream: Readable;
}

export function openHostSource(path: string, stdin: Readable): HostSource {
  if (path === '-') return { name: 'stdin', stream: stdin };
  let fd: number;
  try {
    if (statSync(path).isDirectory()) throw new UsageError(`cannot read host list ${path}: it is a directory`);
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read host list ${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  return { name: path, stream: createReadStream('', { fd }) };
}

const isUtf16LittleEndian = (chunk: Buffer): boolean => chunk[0] === 0xff && chunk[1] === 0xfe;

async function peek(stream: Readable): Promise<{ sample: string; rest: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let decoder: StringDecoder | null | undefined;
  const utf8 = (value: Buffer | string): Buffer => {
    const chunk = typeof value === 'string' ? Buffer.from(value) : value;
    decoder ??= isUtf16LittleEndian(chunk) ? new StringDecoder('utf16le') : null;
    return decoder ? Buffer.from(decoder.write(chunk)) : chunk;
  };
  const chunks: Buffer[] = [];
  let size = 0;
  while (size < SAMPLE_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = utf8(next.value);
    chunks.push(chunk);
    size += chunk.length;
  }
  const rest = new PassThrough();
  for (const chunk of chunks) rest.write(chunk);
  void (async () => {
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
      if (!rest.write(utf8(next.value))) await new Promise((resolve) => rest.once('drain', resolve));
    }
    if (decoder) rest.write(decoder.end());
    rest.end();
  })().catch((error: unknown) => rest.destroy(error as Error));
  return { sample: Buffer.concat(chunks).toString('utf8'), rest };
}

async function* textLines(stream: Readable): AsyncGenerator<{ text: string; line: number }> {
  let line = 0;
  for await (const raw of createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '' || text.trimStart().startsWith('#')) continue;
    yield { text, line };
  }
}

const newlinesIn = (record: readonly string[]): number => record.reduce((count, field) => count + (field.match(/\n/g)?.length ?? 0), 0);

async function* csvRows(stream: Readable, source: string, delimiter: string): AsyncGenerator<HostRow> {
  const skipped: HostRow[] = [];
  const parser = stream.pipe(
    parseCsv({
      delimiter,
      bom: true,
      info: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      skip_records_with_error: true,
      on_skip: (error: CsvError | undefined) => {
        if (error) skipped.push(badRow(Number(error.lines), null, `unreadable CSV row: ${error.message}`));
      },
    }),
  );
  let columns: ReturnType<typeof headerColumns> | null = null;
  const skippedBefore = (line: number): HostRow[] => {
    const due = skipped.filter((row) => row.line < line);
    skipped.splice(0, due.length);
    return due;
  };
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const line = info.lines - newlinesIn(record);
    yield* skippedBefore(line);
    if (record.length === 1 && record[0]!.trim() === '') continue;
    if (columns === null) {
      columns = headerColumns(record, `${source}:${line}`);
      continue;
    }
    yield rowFromRecord(record, columns, line);
  }
  yield* skipped.splice(0);
}

async function* tsvRows(stream: Readable, source: string): AsyncGenerator<HostRow> {
  let columns: ReturnType<typeof headerColumns> | null = null;
  for await (const { text, line } of textLines(stream)) {
    const fields = text.split('\t');
    if (columns === null) columns = headerColumns(fields, `${source}:${line}`);
    else yield rowFromRecord(fields, columns, line);
  }
}

async function* tableRows(stream: Readable, source: string): AsyncGenerator<HostRow> {
  let header: { text: string; line: number } | null = null;
  let columns: ReturnType<typeof tableColumns> | null = null;
  let picked: ReturnType<typeof headerColumns> | null = null;
  for await (const entry of textLines(stream)) {
    if (header === null) {
      header = entry;
    } else if (columns === null) {
      columns = tableColumns(entry.text);
      picked = headerColumns(splitTableLine(header.text, columns), `${source}:${header.line}`);
    } else {
      yield rowFromRecord(splitTableLine(entry.text, columns), picked!, entry.line);
    }
  }
}

function entryLines(text: string): number[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return isSeq(document.contents) ? document.contents.items.map((item) => lineCounter.linePos(isNode(item) ? (item.range?.[0] ?? 0) : 0).line) : [];
}

async function* jsonArrayRows(stream: Readable, source: string): AsyncGenerator<HostRow> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  const text = Buffer.concat(chunks).toString('utf8');
  let entries: unknown;
  try {
    entries = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new UsageError(`${source}: not a valid JSON array of hosts: ${(error as Error).message}`);
  }
  if (entries !== null && typeof entries === 'object' && !Array.isArray(entries)) entries = [entries];
  if (!Array.isArray(entries)) throw new UsageError(`${source}: expected a JSON array of hosts`);
  const lines = text.length <= POSITIONED_JSON_CHARS ? entryLines(text) : [];
  let index = 0;
  for (const entry of entries) yield rowFromJsonValue(entry, lines[index++] ?? index);
}

async function* linesOf(stream: Readable, parseLine: (text: string, line: number) => HostRow): AsyncGenerator<HostRow> {
  for await (const { text, line } of textLines(stream)) yield parseLine(text, line);
}

export async function* readHostRows(source: HostSource, forced: HostsFormat | null): AsyncGenerator<HostRow> {
  try {
    yield* rowsOf(source, forced);
  } finally {
    source.stream.destroy();
  }
}

async function* rowsOf(source: HostSource, forced: HostsFormat | null): AsyncGenerator<HostRow> {
  const { sample, rest } = await peek(source.stream);
  const detected: DetectedFormat = forced === null ? detectHostsFormat(sample) : delimiterFor(forced, sample);
  switch (detected.format) {
    case 'csv':
      yield* csvRows(rest, source.name, detected.delimiter ?? ',');
      break;
    case 'tsv':
      yield* sample.includes('"') ? csvRows(rest, source.name, '\t') : tsvRows(rest, source.name);
      break;
    case 'table':
      yield* tableRows(rest, source.name);
      break;
    case 'json':
      yield* jsonArrayRows(rest, source.name);
      break;
    case 'jsonl':
      yield* linesOf(rest, rowFromJsonLine);
      break;
    case 'lines':
      yield* linesOf(rest, rowFromTextLine);
      break;
  }
}
