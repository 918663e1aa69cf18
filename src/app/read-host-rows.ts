import type { HostListSource } from '../input/host-list-source.js';
import { createConsoleNoiseFilter } from '../parse/hosts/console-noise.js';
import { createRowParser, csvDelimiterOf } from '../parse/hosts/create-row-parser.js';
import { delimiterFor, detectHostsFormat, type HostsFormat } from '../parse/hosts/detect-format.js';
import { badRow, type HostRow } from '../parse/hosts/host-row.js';
import { isSkippedLine, type RowParser } from '../parse/hosts/row-parser.js';
import { detectEncoding } from '../parse/text/detect-encoding.js';
import { UsageError } from '../shared/errors.js';
import { createLineSplitter, MAX_LINE_CHARS, type TextLine } from '../parse/text/line-splitter.js';

/** The format is decided from the first lines that carry content (or all of them, if fewer). */
const LINES_FOR_DETECTION = 3;

/**
 * Rows go on in batches of at most this many lines: whatever a batch allocates is gone before
 * the next, so it never outlives V8's young generation, and memory stays flat however long the list.
 */
const BATCH_LINES = 1024;

/** The parser for the first lines of a list: the CSV reader (and its library) is loaded only for CSV. */
async function parserFor(sample: string, forced: HostsFormat | null, source: string): Promise<RowParser> {
  const detected = forced === null ? detectHostsFormat(sample) : delimiterFor(forced, sample);
  const delimiter = csvDelimiterOf(detected, sample.includes('"'));
  if (delimiter === null) return createRowParser(detected, source);
  const { createCsvRowParser } = await import('../parse/hosts/csv-rows.js');
  return createCsvRowParser(delimiter, source);
}

/**
 * The rows of a host list, in input order, in batches as the bytes arrive (a batch: the lines a
 * read completed, at most BATCH_LINES of them): decoded (UTF-8 or UTF-16), split into lines,
 * console noise (prompts, transcript headers) dropped, the format detected from the first lines
 * (or forced), each line parsed as soon as it is complete.
 */
export async function* readHostRows(source: HostListSource, forced: HostsFormat | null, maxLineChars = MAX_LINE_CHARS): AsyncGenerator<readonly HostRow[]> {
  const splitter = createLineSplitter(maxLineChars);
  const noise = createConsoleNoiseFilter();
  let decoder: TextDecoder | null = null;
  let parser: RowParser | null = null;
  const waiting: TextLine[] = [];
  const rowsOf = (lines: readonly TextLine[]): HostRow[] =>
    lines.flatMap((line) => (line.tooLong ? [badRow(line.lineNumber, null, `the line is longer than ${maxLineChars} characters`)] : parser!.line(line)));
  const take = async (allLines: readonly TextLine[], last = false): Promise<HostRow[]> => {
    const lines = allLines.filter((line) => line.tooLong === true || !noise.isNoise(line.text));
    if (parser) return rowsOf(lines);
    waiting.push(...lines);
    if (!last && waiting.filter((line) => !isSkippedLine(line.text)).length < LINES_FOR_DETECTION) return [];
    parser = await parserFor(waiting.map((line) => line.text).join('\n'), forced, source.name);
    return rowsOf(waiting.splice(0));
  };
  for await (const chunk of source.chunks()) {
    const first = decoder === null;
    decoder ??= new TextDecoder(detectEncoding(chunk));
    const text = decoder.decode(chunk, { stream: true });
    if (first && text.includes('\u0000')) throw new UsageError(`cannot read host list ${source.name}: it holds NUL bytes, so it is not a text file`);
    splitter.add(text);
    for (let lines = splitter.next(BATCH_LINES); lines.length > 0; lines = splitter.next(BATCH_LINES)) {
      const rows = await take(lines);
      if (rows.length > 0) yield rows;
    }
  }
  const rows = await take([...splitter.push(decoder?.decode() ?? ''), ...splitter.end()], true);
  yield [...rows, ...parser!.end()];
}
