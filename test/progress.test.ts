import { describe, expect, it } from 'vitest';
import { progressAllowed } from '../src/progress.js';

describe('the progress spinner', () => {
  it.each([
    ['a terminal', {}, true, false, true],
    ['a terminal with --quiet', {}, true, true, false],
    ['a pipe', {}, false, false, false],
    ['CI on a terminal', { CI: 'true' }, true, false, false],
    ['CI=false on a terminal', { CI: 'false' }, true, false, true],
  ])('shows on %s: %s', (_, env, stderrIsTTY, quiet, expected) => {
    expect(progressAllowed(env, stderrIsTTY, quiet)).toBe(expected);
  });
});
