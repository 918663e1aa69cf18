/** A place in a JSON document, as the list of keys and indexes that lead to it. */
export type JsonPath = readonly (string | number)[];

/** RFC 6901 JSON pointer of a path, e.g. /containers/cna/affected/0/product. */
export const jsonPointer = (path: JsonPath): string => path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');

/** A problem in an input file: the file, where in it (a JSON pointer or a line), and what is wrong. */
export interface InputProblem {
  readonly file: string;
  readonly at: string;
  readonly message: string;
}

export const formatInputProblem = (problem: InputProblem): string => `${problem.file}: ${problem.at === '' ? '' : `${problem.at}: `}${problem.message}`;

type JsonObject = Readonly<Record<string, unknown>>;

/** Reads typed values out of parsed JSON, noting every value of the wrong type with its pointer. */
export class JsonReader {
  readonly problems: InputProblem[] = [];

  constructor(readonly file: string) {}

  problem(path: JsonPath, message: string): void {
    this.problems.push({ file: this.file, at: path.length === 0 ? '(document)' : jsonPointer(path), message });
  }

  private typed<T>(value: unknown, path: JsonPath, required: boolean, what: string, test: (value: unknown) => boolean): T | null {
    if (value === undefined || value === null) {
      if (required) this.problem(path, `missing: must be ${what}`);
      return null;
    }
    if (!test(value)) {
      this.problem(path, `must be ${what}`);
      return null;
    }
    return value as T;
  }

  object(value: unknown, path: JsonPath, required = false): JsonObject | null {
    return this.typed(value, path, required, 'an object', (candidate) => typeof candidate === 'object' && !Array.isArray(candidate));
  }

  array(value: unknown, path: JsonPath, required = false): readonly unknown[] | null {
    return this.typed(value, path, required, 'an array', Array.isArray);
  }

  string(value: unknown, path: JsonPath, required = false): string | null {
    return this.typed(value, path, required, 'a string', (candidate) => typeof candidate === 'string');
  }

  number(value: unknown, path: JsonPath, required = false): number | null {
    return this.typed(value, path, required, 'a number', (candidate) => typeof candidate === 'number' && Number.isFinite(candidate));
  }

  /** A string matching `pattern`, described as `what` when it does not. */
  matching(value: unknown, path: JsonPath, pattern: RegExp, what: string, required = false): string | null {
    const text = this.string(value, path, required);
    if (text === null) return null;
    if (!pattern.test(text)) {
      this.problem(path, `must be ${what}, not ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)}`);
      return null;
    }
    return text;
  }

  /** The objects of an array, each with its path; other items are problems. */
  objects(value: unknown, path: JsonPath, required = false): { readonly item: JsonObject; readonly path: JsonPath }[] {
    const items = this.array(value, path, required) ?? [];
    return items.flatMap((item, index) => {
      const object = this.object(item, [...path, index], true);
      return object === null ? [] : [{ item: object, path: [...path, index] }];
    });
  }
}

/** A timestamp or date (2026-05-14T17:00:36.515Z, 2026-05-14) as its calendar date. */
export const DATE_PREFIX = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:$|T)/;

export const datePart = (text: string | null): string | null => (text === null ? null : text.slice(0, 10));

/** Parses JSON text, or returns one problem naming the line and column where it breaks. */
export function parseJson(text: string, file: string): { readonly value: unknown } | { readonly problem: InputProblem } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(body) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    let where = '';
    if (position) {
      const before = body.slice(0, Number(position[1]));
      const line = before.split('\n').length;
      where = ` at line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    }
    return {
      problem: { file, at: '', message: `not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')}` },
    };
  }
}
