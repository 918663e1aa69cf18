import { describe, expect, it } from 'vitest';
import { readImportFiles } from '../../src/input/import-files.js';
import { fixturePath } from '../support/helpers.js';

describe('reading the files to import', () => {
  it('reads the .json and .csv files of a folder in name order, and a file given by name', () => {
    const files = readImportFiles([fixturePath('import/malformed'), fixturePath('import/kev.json')]);
    expect(files.map((file) => file.file.slice(fixturePath('import').length + 1))).toEqual([
      'malformed/bad-json.json',
      'malformed/bad-kev.json',
      'malformed/bad-table.csv',
      'malformed/wrong-types.json',
      'kev.json',
    ]);
    expect(files.every((file) => 'text' in file)).toBe(true);
  });

  it('says why a path cannot be read', () => {
    expect(readImportFiles(['/nonexistent/records'])).toEqual([{ file: '/nonexistent/records', problem: 'cannot read: no such file' }]);
  });
});
