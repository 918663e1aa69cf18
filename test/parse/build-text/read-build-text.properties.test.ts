import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBuilds, formatBuild, type DottedBuild } from '../../../src/parse/build/build.js';
import { readBuildText, type BuildTextReading } from '../../../src/parse/build-text/read-build-text.js';
import { BuildStringError } from '../../../src/shared/errors.js';
import { CU_LEVEL_RENDERINGS, EXACT_RENDERINGS, noise, plausibleBuild, type Rendering } from './build-renderings.js';
import { EXCHANGE_CONTEXT } from './exchange-ranges.js';

const read = (text: string): BuildTextReading => readBuildText(text, EXCHANGE_CONTEXT);
const ALL_RENDERINGS = [...EXACT_RENDERINGS, ...CU_LEVEL_RENDERINGS];
const anyRendering = fc.constantFrom(...ALL_RENDERINGS);

/** The answer a caller acts on: what kind, which build, what it proves. */
const summariseAnswer = (reading: BuildTextReading): string =>
  reading.kind === 'build'
    ? `${formatBuild(reading.build)} ${reading.proves}`
    : reading.kind === 'foreign'
      ? `${reading.product} ${reading.build}`
      : reading.name;

/** The documented rule: a CU-level statement is consistent with an exact build of the same CU. */
function isCuLevelOf(cuLevel: DottedBuild, exact: DottedBuild): boolean {
  if (cuLevel[0] !== exact[0] || cuLevel[1] !== exact[1] || compareBuilds(cuLevel, exact) > 0) return false;
  return cuLevel[0] < 15 || cuLevel[2] === exact[2];
}

describe('readBuildText properties', () => {
  it('reads a build written in any form back to itself, with that form and what it proves', () => {
    fc.assert(
      fc.property(plausibleBuild, anyRendering, (build, rendering) => {
        expect(read(rendering.render(build))).toMatchObject({ kind: 'build', build, form: rendering.form, proves: rendering.proves });
      }),
    );
  });

  it('keeps the answer when IP addresses, dates, times, Windows, .NET or TLS versions stand on lines around it', () => {
    fc.assert(
      fc.property(plausibleBuild, anyRendering, fc.array(noise, { minLength: 1, maxLength: 4 }), fc.boolean(), (build, rendering, extra, before) => {
        const text = rendering.render(build);
        const lines = extra.join('\r\n');
        expect(summariseAnswer(read(before ? `${lines}\r\n${text}` : `${text}\r\n${lines}`))).toBe(summariseAnswer(read(text)));
      }),
    );
  });

  it('keeps the answer when such numbers stand between any two words of a one-line form', () => {
    const oneLine = fc.constantFrom(...EXACT_RENDERINGS.filter((rendering) => rendering.oneLine));
    fc.assert(
      fc.property(plausibleBuild, oneLine, noise, fc.nat(), (build, rendering, extra, at) => {
        const words = rendering.render(build).split(' ');
        const index = at % (words.length + 1);
        const noisy = [...words.slice(0, index), extra, ...words.slice(index)].join(' ');
        expect(summariseAnswer(read(noisy))).toBe(summariseAnswer(read(words.join(' '))));
      }),
    );
  });

  it('refuses two different builds in any two forms, unless one is the CU level of the other', () => {
    const twoBuilds = fc.tuple(plausibleBuild, plausibleBuild).filter(([a, b]) => formatBuild(a) !== formatBuild(b));
    fc.assert(
      fc.property(twoBuilds, anyRendering, anyRendering, ([first, second], one, other) => {
        const text = `${one.render(first)}\r\n\r\n${other.render(second)}`;
        const consistent = (cu: Rendering, cuBuild: DottedBuild, ex: Rendering, exBuild: DottedBuild): boolean =>
          cu.proves === 'cu-level' && ex.proves === 'exact' && isCuLevelOf(cuBuild, exBuild);
        if (consistent(one, first, other, second) || consistent(other, second, one, first)) {
          expect(read(text)).toMatchObject({ kind: 'build', proves: 'exact', build: one.proves === 'exact' ? first : second });
        } else {
          expect(() => read(text)).toThrow(/states 2 different builds/);
        }
      }),
    );
  });

  it('accepts a CU-level form beside an exact build of the same CU, whatever the forms', () => {
    const sameCu = plausibleBuild.chain((build) => fc.tuple(fc.constant(build), fc.integer({ min: build[3], max: 65535 })));
    fc.assert(
      fc.property(sameCu, fc.constantFrom(...CU_LEVEL_RENDERINGS), fc.constantFrom(...EXACT_RENDERINGS), ([cuBuild, revision], cu, exactForm) => {
        const exactBuild = [cuBuild[0], cuBuild[1], cuBuild[2], revision] as DottedBuild;
        expect(read(`${cu.render(cuBuild)}\r\n\r\n${exactForm.render(exactBuild)}`)).toMatchObject({ kind: 'build', build: exactBuild, form: exactForm.form });
      }),
    );
  });
});

const TOKENS = [
  'Version',
  '15.2',
  '(Build',
  '1118.7)',
  '31544.4)',
  '...',
  '…',
  'FileVersion :',
  'ProductVersion',
  '15.02.1544.014',
  '10.1.2.3',
  '\r\n',
  '\n',
  '\t',
  ' ',
  'MsiBuildMajor',
  'REG_DWORD',
  '0x6d4',
  'dword:000006d4',
  'id',
  'with mapi',
  'with Microsoft SMTP Server',
  '<S N="FileVersion">',
  '</S>',
  'Build Number:',
  'Setup version:',
  "$RoleTargetVersion = '",
  "'",
  'X-OWA-Version:',
  'Exchange',
  'Server',
  '2019',
  'CU14',
  'Nov24SU',
  'v2',
  '0.1 (8.0.535.0)',
  '6.5.7638.2',
  '15.20.8466.31',
  'Major  Minor  Build  Revision',
  '-----',
  '15     2      1544   14',
  '"',
  '.',
  '9'.repeat(40),
  '\uFEFF',
  '１',
  '\u2024',
  '\u0007',
];
const tokenSoup = fc.array(fc.constantFrom(...TOKENS), { maxLength: 60 }).map((tokens) => tokens.join(''));

function expectReadingOrOneLineRefusal(text: string): void {
  try {
    read(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BuildStringError);
    const message = (error as Error).message;
    expect([...message].filter((char) => char.charCodeAt(0) < 0x20 || (char.charCodeAt(0) >= 0x7f && char.charCodeAt(0) <= 0x9f))).toEqual([]);
    expect(message.length).toBeLessThan(1000);
  }
}

/** These run thousands of readings: seconds on a busy machine, where the default 5 s would make them flaky. */
const HEAVY = { timeout: 60_000 };

describe('readBuildText on arbitrary text', () => {
  it('throws nothing but a one-line BuildStringError for any string', HEAVY, () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), tokenSoup), expectReadingOrOneLineRefusal), {
      numRuns: 1000,
    });
  });

  it('reads 3 million characters of build-like soup in one pass (linear: no pattern backtracks over the text)', HEAVY, () => {
    const soup = fc
      .sample(tokenSoup, { numRuns: 4000, seed: 42 })
      .join('')
      .replace(/[１\u2024\uFEFF]/g, ' ')
      .replaceAll('\u0007', ' ');
    const huge = soup.repeat(Math.ceil(3_000_000 / soup.length)).slice(0, 3_000_000);
    expectReadingOrOneLineRefusal(huge);
    expectReadingOrOneLineRefusal(huge.replace(/\s/g, ''));
    expectReadingOrOneLineRefusal('9'.repeat(3_000_000));
    expectReadingOrOneLineRefusal('1.'.repeat(1_500_000));
    expectReadingOrOneLineRefusal('Version 1'.repeat(300_000));
  });
});
