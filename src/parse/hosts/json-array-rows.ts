import { UsageError } from '../../shared/errors.js';
import type { HostRow } from './host-row.js';
import { jsonEntryLines } from './json-entry-lines.js';
import type { RowParser } from './row-parser.js';
import { rowFromJsonValue } from './row-fields.js';

/** A JSON array of host objects or build strings (or one object), read whole; each entry keeps its line. */
export function createJsonArrayRowParser(source: string): RowParser {
  const parts: string[] = [];
  return {
    line: ({ text }) => {
      parts.push(text);
      return [];
    },
    end: (): HostRow[] => {
      const text = parts.join('\n');
      let entries: unknown;
      try {
        entries = JSON.parse(text);
      } catch (error) {
        throw new UsageError(`${source}: not a valid JSON array of hosts: ${(error as Error).message}`);
      }
      if (entries !== null && typeof entries === 'object' && !Array.isArray(entries)) entries = [entries];
      if (!Array.isArray(entries)) throw new UsageError(`${source}: expected a JSON array of hosts`);
      const lines = jsonEntryLines(text);
      return entries.map((entry: unknown, index) => rowFromJsonValue(entry, lines[index] ?? index + 1));
    },
  };
}
