import { describe, expect, it } from 'vitest';
import { findVersionBuildPhrases } from '../../../src/parse/build-text/version-build-phrase.js';
import { splitSourceText } from '../../../src/parse/build-text/source-text.js';

const findPhrasesIn = (text: string): ReturnType<typeof findVersionBuildPhrases> => findVersionBuildPhrases(splitSourceText(text).lines[0]!);

describe('findVersionBuildPhrases', () => {
  it('finds every phrase on a line, with its span and parts', () => {
    expect(findPhrasesIn('EX01 Version 15.2 (Build 1544.4) EX02 Version 6.5 (Build 7638.2: Service Pack 2)')).toEqual([
      { start: 5, end: 32, major: '15', minor: '2', build: '1544', revision: '4', serialNumberLabel: false },
      { start: 38, end: 80, major: '6', minor: '5', build: '7638', revision: '2', serialNumberLabel: false },
    ]);
  });

  it('notices the serialNumber label', () => {
    expect(findPhrasesIn('serialNumber : {Version 15.2 (Build 31544.4)}')).toMatchObject([{ serialNumberLabel: true }]);
  });

  it('needs the whole phrase', () => {
    expect(findPhrasesIn('AdminDisplayVersion : Version 15.2 (Build 1544)')).toEqual([]);
    expect(findPhrasesIn('Version 15.2 Build 1544.4')).toEqual([]);
  });
});
