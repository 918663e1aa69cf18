import { describe, expect, it } from 'vitest';
import { rowFromJsonValue, rowFromRecord, rowFromTextLine } from '../../../src/parse/hosts/row-fields.js';

describe('a plain line', () => {
  it.each([
    ['EX01 15.2.1118.7', 'EX01', '15.2.1118.7'],
    ['EX01\t15.2.1118.7', 'EX01', '15.2.1118.7'],
    ['15.2.1118.7', null, '15.2.1118.7'],
    ['Version 15.2 (Build 1118.7)', null, 'Version 15.2 (Build 1118.7)'],
    ['EX01 Version 15.2 (Build 1118.7)', 'EX01', 'Version 15.2 (Build 1118.7)'],
    ['Exchange Server 2019 CU14', null, 'Exchange Server 2019 CU14'],
    ['exchange 2016 cu23 nov24su', null, 'exchange 2016 cu23 nov24su'],
    ['EX01 Exchange Server 2019 CU14', 'EX01', 'Exchange Server 2019 CU14'],
    ['Exchange01 15.2.1118.7', 'Exchange01', '15.2.1118.7'],
  ])('%j is host %j, build %j', (text, host, buildString) => {
    expect(rowFromTextLine(text, 7)).toEqual({ lineNumber: 7, host, buildString, error: null });
  });
});

describe('a record', () => {
  it('takes the first non-empty build and host cell, in the order of the columns', () => {
    expect(rowFromRecord(['EX03', 'Exchange 2016 CU23', ''], { hosts: [0], builds: [2, 1], urls: [] }, 4)).toEqual({
      lineNumber: 4,
      host: 'EX03',
      buildString: 'Exchange 2016 CU23',
      error: null,
    });
    expect(rowFromRecord(['', ' ', ''], { hosts: [0], builds: [2, 1], urls: [] }, 5)).toEqual({
      lineNumber: 5,
      host: null,
      buildString: null,
      error: 'no build in this row',
    });
  });
});

describe('a JSON entry', () => {
  it('matches keys in any case and spacing, and skips empty values', () => {
    expect(rowFromJsonValue({ 'Server Name': 'EX01', BuildNumber: ' ', 'Build Number': '15.2.1118.7' }, 2)).toEqual({
      lineNumber: 2,
      host: 'EX01',
      buildString: '15.2.1118.7',
      error: null,
    });
    expect(rowFromJsonValue({ Name: 'EX02', AdminDisplayVersion: { Major: 15 } }, 3)).toMatchObject({ host: 'EX02', error: 'no "build" string in this entry' });
  });
});
