import { describe, expect, it } from 'vitest';
import { progressAllowed } from '../../src/output/progress.js';

describe('the progress spinner', () => {
  it.each([
    ['a terminal, output to a file', {}, true, false, false, true],
    ['a terminal that also shows the output', {}, true, true, false, false],
    ['a terminal with --quiet', {}, true, false, true, false],
    ['a pipe', {}, false, false, false, false],
    ['CI on a terminal', { CI: 'true' }, true, false, false, false],
    ['CI=false on a terminal', { CI: 'false' }, true, false, false, true],
  ])('on %s: %s', (_, env, stderrIsTTY, stdoutIsTTY, quiet, expected) => {
    expect(progressAllowed(env, stderrIsTTY, stdoutIsTTY, quiet)).toBe(expected);
  });
});
