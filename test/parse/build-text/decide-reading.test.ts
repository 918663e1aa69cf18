import { describe, expect, it } from 'vitest';
import { decideReading } from '../../../src/parse/build-text/decide-reading.js';
import type { Finding, Problem } from '../../../src/parse/build-text/finding.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';
import { makeStatement } from './statements.js';

const makeProblem = (kind: Problem['problem'], prefix: readonly number[] | null, line = 1): Problem => ({
  kind: 'problem',
  problem: kind,
  line,
  label: 'FileVersion',
  text: '15.2.1118',
  prefix,
});
const decide = (findings: readonly Finding[]): ReturnType<typeof decideReading> => decideReading('text', findings, EXCHANGE_CONTEXT);

describe('decideReading', () => {
  it('refuses a cut-off value even beside a good build, but only if a known build could start so', () => {
    expect(() => decide([makeStatement('15.2.1544.14', 'dotted', 'exact', 1), makeProblem('truncated', [15, 2], 2)])).toThrow('looks truncated on line 2');
    expect(decide([makeStatement('15.2.1544.14', 'dotted', 'exact', 1), makeProblem('truncated', [10, 0], 2)])).toMatchObject({ kind: 'build' });
  });

  it('passes over an unreadable value beside a good build, saying so, and names it when no build is stated', () => {
    expect(decide([makeStatement('15.2.1544.14', 'dotted', 'exact', 2), makeProblem('malformed', [15, 2, 1118])])).toMatchObject({
      notes: [],
      passedOver: ['not read: the FileVersion "15.2.1118" on line 1 is malformed: a build has four parts, such as 15.2.1118.7'],
    });
    expect(() => decide([makeProblem('too-large', [15, 2])])).toThrow(
      'states no Exchange build (the FileVersion "15.2.1118" on line 1 has a number above 65535',
    );
  });

  it('reads a name only when nothing states a build', () => {
    expect(
      decide([
        { kind: 'name', line: 1, name: 'Exchange 2019 CU14' },
        { kind: 'name', line: 3, name: 'Exchange 2019 CU14' },
      ]),
    ).toEqual({ kind: 'name', name: 'Exchange 2019 CU14' });
    expect(() =>
      decide([
        { kind: 'name', line: 1, name: 'Exchange 2019 CU14' },
        { kind: 'name', line: 2, name: 'Exchange 2019 CU13' },
      ]),
    ).toThrow('names 2 different releases: "Exchange 2019 CU14" (line 1) and "Exchange 2019 CU13" (line 2)');
  });

  it('refuses two foreign products', () => {
    expect(() => decide([makeStatement('6.5.7638.2', 'dotted', 'exact', 1), makeStatement('15.20.8466.31', 'mail-header', 'exact', 2)])).toThrow(
      'states 2 different builds: Exchange Server 2003 6.5.7638.2 (dotted, line 1) and Exchange Online 15.20.8466.31 (mail-header, line 2)',
    );
  });

  it('reads a build outside every range only when the text states it as a build and nothing else is read', () => {
    const windows = makeStatement('10.0.17763.1', 'file-version-list', 'exact', 1);
    expect(decide([windows])).toMatchObject({ kind: 'build', build: [10, 0, 17763, 1], form: 'file-version-list' });
    expect(decide([windows, makeStatement('15.2.1544.14', 'dotted', 'exact', 2, { bare: true })])).toMatchObject({ build: [15, 2, 1544, 14] });
    expect(decide([windows, makeStatement('6.5.7638.2', 'dotted', 'exact', 2, { bare: true })])).toMatchObject({ kind: 'foreign' });
    expect(() => decide([windows, makeStatement('16.0.4266.1001', 'file-version-list', 'exact', 2)])).toThrow('states 2 different builds');
    expect(() => decide([makeStatement('10.0.17763.1', 'dotted', 'exact', 1, { bare: true })])).toThrow('no Exchange build');
  });
});
