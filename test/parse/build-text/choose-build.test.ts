import { describe, expect, it } from 'vitest';
import { chooseBuild, isCuLevelOf } from '../../../src/parse/build-text/choose-build.js';
import { makeStatement } from './statements.js';

describe('isCuLevelOf', () => {
  it.each([
    ['15.2.1544.4', '15.2.1544.14', true],
    ['15.2.1544.4', '15.2.1544.4', true],
    ['15.2.1544.14', '15.2.1544.4', false],
    ['15.2.1544.4', '15.2.1748.10', false],
    ['15.1.2507.6', '15.2.1544.14', false],
    ['14.3.123.4', '14.3.513.0', true],
    ['8.3.83.6', '8.3.517.0', true],
    ['14.3.123.4', '14.2.390.3', false],
  ])('%s is the CU level of %s: %s', (cuLevel, exact, consistent) => {
    expect(isCuLevelOf(makeStatement(cuLevel, 'admin-display-version', 'cu-level', 1), makeStatement(exact, 'dotted', 'exact', 2))).toBe(consistent);
  });
});

describe('chooseBuild', () => {
  it('chooses the exact build in the most exact form, and keeps the consistent CU levels', () => {
    const choice = chooseBuild([
      makeStatement('15.2.1544.14', 'dotted', 'exact', 1),
      makeStatement('15.2.1544.4', 'admin-display-version', 'cu-level', 2),
      makeStatement('15.2.1544.14', 'clixml', 'exact', 3),
    ]);
    expect(choice).toMatchObject({ kind: 'chosen', chosen: { form: 'clixml' }, agreeing: [{ form: 'dotted' }], cuLevel: [{ form: 'admin-display-version' }] });
  });

  it('chooses a CU level when nothing states the exact build', () => {
    expect(
      chooseBuild([makeStatement('15.2.1544.4', 'registry-setup', 'cu-level', 1), makeStatement('15.2.1544.4', 'admin-display-version', 'cu-level', 2)]),
    ).toMatchObject({
      kind: 'chosen',
      chosen: { form: 'admin-display-version' },
      cuLevel: [],
    });
  });

  it('names each different build once, in the order of the text', () => {
    expect(
      chooseBuild([
        makeStatement('15.2.1544.9', 'clixml', 'exact', 5),
        makeStatement('15.2.1544.14', 'dotted', 'exact', 1),
        makeStatement('15.2.1544.9', 'dotted', 'exact', 7),
      ]),
    ).toMatchObject({ kind: 'conflict', first: [{ line: 1 }, { line: 5 }] });
    expect(
      chooseBuild([
        makeStatement('15.2.1544.4', 'admin-display-version', 'cu-level', 1),
        makeStatement('15.2.1258.12', 'admin-display-version', 'cu-level', 2),
      ]),
    ).toMatchObject({
      kind: 'conflict',
    });
  });

  it('refuses a CU level that is not the exact build’s', () => {
    expect(
      chooseBuild([makeStatement('15.2.1544.14', 'dotted', 'exact', 1), makeStatement('15.2.1258.12', 'admin-display-version', 'cu-level', 2)]),
    ).toMatchObject({
      kind: 'conflict',
      first: [{ line: 1 }, { line: 2 }],
    });
  });
});
