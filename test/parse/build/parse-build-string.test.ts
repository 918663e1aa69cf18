import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBuild, type DottedBuild } from '../../../src/parse/build/build.js';
import { ACCEPTED_FORMS_HINT, parseBuildString, tryParseBuildString } from '../../../src/parse/build/parse-build-string.js';
import { BuildStringError } from '../../../src/shared/errors.js';
import { INVALID_BUILD_STRINGS, VALID_BUILD_STRINGS } from '../../fixtures/build-strings.js';

const buildPart = fc.integer({ min: 0, max: 65535 }).map(Math.abs);
const anyBuild = fc.tuple(buildPart, buildPart, buildPart, buildPart) as fc.Arbitrary<DottedBuild>;

describe('parseBuildString', () => {
  it.each(VALID_BUILD_STRINGS)('reads %j', (input, build, form) => {
    const parsed = parseBuildString(input);
    expect(formatBuild(parsed.build)).toBe(build);
    expect(parsed.form).toBe(form);
  });

  it.each(INVALID_BUILD_STRINGS)('rejects %j', (input, reason) => {
    expect(() => parseBuildString(input)).toThrow(BuildStringError);
    expect(() => parseBuildString(input)).toThrow(reason);
    expect(tryParseBuildString(input)).toBeNull();
  });

  it('names the accepted forms in one line', () => {
    try {
      parseBuildString('not a build');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toContain(ACCEPTED_FORMS_HINT);
      expect((error as Error).message).not.toContain('\n');
    }
  });

  it('reads any build back from its dotted form, zero-padded or not', () => {
    fc.assert(
      fc.property(anyBuild, fc.nat({ max: 3 }), (build, padding) => {
        const padded = build.map((part) => String(part).padStart(String(part).length + padding, '0')).join('.');
        expect(parseBuildString(padded).build).toEqual(build);
        expect(parseBuildString(formatBuild(build)).build).toEqual(build);
      }),
    );
  });

  it('reads any build from AdminDisplayVersion text', () => {
    fc.assert(
      fc.property(anyBuild, ([major, minor, build, revision]) => {
        expect(parseBuildString(`Version ${major}.${minor} (Build ${build}.${revision})`).build).toEqual([major, minor, build, revision]);
      }),
    );
  });

  it('never throws anything but a BuildStringError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        try {
          parseBuildString(text);
        } catch (error) {
          expect(error).toBeInstanceOf(BuildStringError);
        }
      }),
    );
  });
});
