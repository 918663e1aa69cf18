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
    ['format-list-servers.txt', 'list', null],
  ] as const)('%s as %s splits on %j', (file, format, delimiter) => {
    expect(delimiterFor(format, sampleOf(file))).toEqual({ format, delimiter });
  });
});

describe('detecting a format through console noise', () => {
  const table = ['Name AdminDisplayVersion', '---- -------------------', 'EX01 Version 15.2 (Build 1118.7)'];
  it.each([
    ['a prompt line starting with "["', ['[PS] C:\\Windows\\system32>Get-ExchangeServer | ft Name,AdminDisplayVersion', '', ...table], 'table'],
    ['a PowerShell prompt', ['PS C:\\> Get-ExchangeServer | ft', ...table], 'table'],
    [
      'a transcript header',
      ['**********************', 'Windows PowerShell transcript start', 'Start time: 20261120091502', '**********************', ...table],
      'table',
    ],
    ['a warning', ['WARNING: The object EX03 has been corrupted.', ...table], 'table'],
    [
      'Format-List after a prompt',
      ['[PS] C:\\>Get-ExchangeServer | fl', '', '', 'Name                : EX01', 'AdminDisplayVersion : Version 15.2 (Build 1118.7)'],
      'list',
    ],
    ['Format-List of ExSetup', ['FileVersion    : 15.02.1544.014', 'ProductVersion : 15.02.1544.014'], 'list'],
    ['a JSON array after a prompt', ['PS C:\\> Get-Content hosts.json', '[', '  {"host": "EX01", "build": "15.2.1118.7"}', ']'], 'json'],
    ['name : build lines of no known key', ['EX01 : 15.2.1118.7', 'EX02 : 15.2.1544.4'], 'lines'],
  ])('%s', (_, lines, format) => {
    expect(detectHostsFormat(lines.join('\r\n')).format).toBe(format);
  });
});
