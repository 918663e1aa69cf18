import { describe, expect, it } from 'vitest';
import { RECOGNISERS, SCANNERS, findRecogniser } from '../../../src/parse/build-text/recogniser-table.js';
import { BUILD_TEXT_FORMS } from '../../../src/parse/build-text/reading.js';

describe('the recogniser table', () => {
  it('has one recogniser per form, in the order of BUILD_TEXT_FORMS (most exact first)', () => {
    expect(RECOGNISERS.map((recogniser) => recogniser.form)).toEqual([...BUILD_TEXT_FORMS]);
    expect(BUILD_TEXT_FORMS.map((form) => findRecogniser(form).form)).toEqual([...BUILD_TEXT_FORMS]);
  });

  it('puts every exact form before every CU-level form', () => {
    const proofs = RECOGNISERS.map((recogniser) => recogniser.proves);
    expect(proofs.lastIndexOf('exact')).toBeLessThan(proofs.indexOf('cu-level'));
  });

  it('describes every recogniser and scanner, each with examples', () => {
    for (const finder of [...RECOGNISERS, ...SCANNERS]) {
      expect(finder.describes.length).toBeGreaterThan(10);
      expect(finder.examples.length).toBeGreaterThanOrEqual(3);
    }
  });
});
