import { describe, expect, it } from 'vitest';
import { runInProcess } from '../../support/run-in-process.js';

describe('markdown', () => {
  it('lists the steps to confirm on the server after the summary tables', async () => {
    const { stdout } = await runInProcess(['--hosts', '-', '--as-of', '2026-11-24', '-f', 'markdown'], { stdin: 'EX01 15.2.2562.53\nEX02 15.2.1118.7\n' });
    expect(stdout).toContain('**To confirm on the server** (1 host has fixes whose protection also needs a step the build cannot show):');
    expect(stdout).toContain('- CVE-2024-21410 on 1 host: Protection comes from Extended Protection; make sure it is enabled on the server');
  });
});
