import { describe, expect, it } from 'vitest';
import { fileVersionList } from '../../../../src/parse/build-text/recognisers/file-version-list.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the file-version-list recogniser', () => {
  itReadsItsExamples(fileVersionList);

  it('states each labelled value with its label and span', () => {
    expect(findIn(fileVersionList, 'ProductVersion    : 15.02.1544.014\nFileVersionRaw    : 15.2.1544.14')).toEqual([
      { kind: 'statement', parts: [15, 2, 1544, 14], form: 'file-version-list', proves: 'exact', label: 'ProductVersion', line: 1, start: 20, end: 34 },
      { kind: 'statement', parts: [15, 2, 1544, 14], form: 'file-version-list', proves: 'exact', label: 'FileVersionRaw', line: 2, start: 20, end: 32 },
    ]);
  });

  it('reports a value that is not four parts, and ignores one that is no number', () => {
    expect(findIn(fileVersionList, 'FileVersion : 15.2.1118\nFileVersion : \nFileVersionInfo : File: C:\\ExSetup.exe')).toEqual([
      { kind: 'problem', problem: 'malformed', line: 1, label: 'FileVersion', text: '15.2.1118', prefix: [15, 2, 1118] },
    ]);
  });
});
