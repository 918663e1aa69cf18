import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../support/run-in-process.js';

describe('host-list TSV', () => {
  it('ends each row with the number of configuration steps to confirm on the server', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', '--as-of', '2026-11-24', '-f', 'tsv'], { stdin: 'EX01 15.2.2562.53\nEX02 garbage\n' });
    const [header, first, second] = stdout
      .trimEnd()
      .split('\n')
      .map((line) => line.split('\t'));
    expect(header!.at(-1)).toBe('unconfirmed');
    expect(Number(first!.at(-1))).toBeGreaterThan(10);
    expect(second!.at(-1)).toBe('0');
  });
});
