import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { delimiterFor, detectHostsFormat } from '../../../src/parse/hosts/detect-format.js';
import { HOST_LISTS } from '../../fixtures/hosts/host-lists.js';
import { fixturePath } from '../../support/helpers.js';

const sampleOf = (file: string, encoding: BufferEncoding = 'utf8'): string => readFileSync(fixturePath(`hosts/${file}`), encoding);

describe('detecting the format of a host list', () => {
  it.each(HOST_LISTS.map((list) => [list.file, list.detected.format, list] as const))('%s is %s', (file, _, list) => {
    expect(detectHostsFormat(sampleOf(file, list.encoding))).toEqual(list.detected);
  });
});

describe('the delimiter of a forced format', () => {
  it.each([
    ['export-csv-type.csv', 'csv', ','],
    ['convertto-csv-semicolon.csv', 'csv', ';'],
    ['convertto-csv-tab-type.tsv', 'csv', '\t'],
    ['bare-builds.txt', 'csv', ','],
    ['name-build.tsv', 'tsv', '\t'],
    ['format-table.txt', 'table', null],
    ['name-build.tsv', 'lines', null],
    ['hosts.jsonl', 'jsonl', null],
    ['hosts.json', 'json', null],
  ] as const)('%s as %s splits on %j', (file, format, delimiter) => {
    expect(delimiterFor(format, sampleOf(file))).toEqual({ format, delimiter });
  });
});
