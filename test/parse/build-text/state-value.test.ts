import { describe, expect, it } from 'vitest';
import { readDottedToken } from '../../../src/parse/build-text/dotted-value.js';
import type { Finding } from '../../../src/parse/build-text/finding.js';
import { splitSourceText } from '../../../src/parse/build-text/source-text.js';
import { findAll, stateValue } from '../../../src/parse/build-text/state-value.js';

const KIND = { form: 'http-header', proves: 'exact', label: 'X-OWA-Version' } as const;
const line = splitSourceText('X-OWA-Version: 15.2.1544.9').lines[0]!;

describe('stateValue', () => {
  it('makes a statement of a build, a problem of a bad value, nothing of no number', () => {
    expect(stateValue(KIND, line, 15, '15.2.1544.9', readDottedToken('15.2.1544.9'))).toEqual({
      kind: 'statement',
      parts: [15, 2, 1544, 9],
      ...KIND,
      line: 1,
      start: 15,
      end: 26,
    });
    expect(stateValue(KIND, line, 15, '15.2.1544', readDottedToken('15.2.1544'))).toEqual({
      kind: 'problem',
      problem: 'malformed',
      line: 1,
      label: 'X-OWA-Version',
      text: '15.2.1544',
      prefix: [15, 2, 1544],
    });
    expect(stateValue(KIND, line, 15, 'n/a', readDottedToken('n/a'))).toBeNull();
  });
});

describe('findAll', () => {
  it('adds what each match makes, and survives empty matches', () => {
    const found: Finding[] = [];
    findAll(found, line, /\d*/g, (match) => (match[0] === '' ? null : { kind: 'name', line: 1, name: match[0] }));
    expect(found.map((finding) => finding.kind === 'name' && finding.name)).toEqual(['15', '2', '1544', '9']);
  });
});
