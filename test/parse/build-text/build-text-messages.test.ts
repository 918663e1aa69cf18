import { describe, expect, it } from 'vitest';
import { explainConflict, nameFirstTwo, explainNoBuild, explainTruncation, phraseUnread } from '../../../src/parse/build-text/build-text-messages.js';
import { BuildStringError } from '../../../src/shared/errors.js';

describe('build text messages', () => {
  it('names at most two items and counts the rest', () => {
    expect(nameFirstTwo(['a'])).toBe('a');
    expect(nameFirstTwo(['a', 'b'])).toBe('a and b');
    expect(nameFirstTwo(Array.from({ length: 4500 }, (_, index) => String(index)))).toBe('0, 1 and 4,498 more');
  });

  it('builds one-line BuildStringErrors that show the input', () => {
    const error = explainConflict('a\nb', ['15.2.1544.14 (FileVersion, line 1)', '15.2.1258.12 (FileVersion, line 2)']);
    expect(error).toBeInstanceOf(BuildStringError);
    expect(error.message).toBe(
      'build text "a\\nb" states 2 different builds: 15.2.1544.14 (FileVersion, line 1) and 15.2.1258.12 (FileVersion, line 2); never guessing, give the build of one server',
    );
  });

  it('says what was passed over when no build is stated, two at most', () => {
    const message = explainNoBuild('x', [{ says: 'one' }, { says: 'two' }, { says: 'three' }]).message;
    expect(message).toMatch(/^build text "x" states no Exchange build \(one; two; 1 more passed over\); expected /);
  });

  it('shows a cut-off or unreadable value escaped', () => {
    const problem = { kind: 'problem', problem: 'truncated', line: 2, label: 'value', text: 'Version 15.2 (Bu\u0085...', prefix: [15, 2] } as const;
    expect(explainTruncation('x', [problem, problem]).message).toContain('looks truncated on line 2 ("Version 15.2 (Bu\\u0085...")');
    expect(phraseUnread({ ...problem, problem: 'malformed', label: 'FileVersion', text: '15.2.1118' })).toBe(
      'the FileVersion "15.2.1118" on line 2 is malformed: a build has four parts, such as 15.2.1118.7',
    );
  });
});
