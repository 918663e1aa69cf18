import { describe, expect, it } from 'vitest';
import { dottedText } from '../../../../src/parse/build-text/recognisers/dotted-text.js';
import { findIn, itReadsItsExamples } from '../check-examples.js';

describe('the dotted-text recogniser', () => {
  itReadsItsExamples(dottedText);

  it('states bare numbers, and passes over IP-shaped and oversized ones as quiet claims', () => {
    expect(findIn(dottedText, 'from 10.1.2.3 runs 15.2.1544.14 not 15.2.70000.1')).toEqual([
      { kind: 'claim', line: 1, start: 5, end: 13, text: '10.1.2.3', why: 'could be an IP address', quiet: true },
      {
        kind: 'statement',
        parts: [15, 2, 1544, 14],
        form: 'dotted',
        proves: 'exact',
        label: 'dotted build',
        line: 1,
        start: 19,
        end: 31,
        bare: true,
        alone: false,
      },
      { kind: 'claim', line: 1, start: 36, end: 48, text: '15.2.70000.1', why: 'has a part above 65535', quiet: true },
    ]);
  });

  it('reads an IP-shaped build when it is the whole text', () => {
    expect(findIn(dottedText, ' "15.1.225.42." ')).toMatchObject([{ kind: 'statement', parts: [15, 1, 225, 42], alone: true }]);
  });

  it('reports at most three passed-over numbers of each kind', () => {
    expect(findIn(dottedText, '10.0.0.1 '.repeat(10)).length).toBe(3);
  });
});
