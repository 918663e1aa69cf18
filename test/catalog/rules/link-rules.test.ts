import { describe, expect, it } from 'vitest';
import { fixturePath } from '../../support/helpers.js';
import { runInProcess } from '../../support/run-in-process.js';

describe('rules for what links releases and products', () => {
  it('names an unknown successor and line, a release inherited from that does not exist, and an uncertain fix no later release ships', async () => {
    const file = fixturePath('catalogs/broken/link-rules.yaml');
    const { code, stdout } = await runInProcess(['catalog', 'lint', '--no-default-catalog', file]);
    expect(code).toBe(3);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => line.replace(`${file}:`, ''));
    expect(lines).toEqual([
      '7:18: error: products[0].successor.product: successor gone of old is not another product of the catalog [successor-resolves]',
      '12:108: error: products[0].lines[0].releases[1].uncertainFixes[0]: fix FIX-1 that "Old RTM Feb24SU" may carry is not shipped by a later release of its line [uncertain-fixes-shipped-later]',
      '19:75: error: products[1].lines[0].releases[0].inherits: "New RTM" inherits from "Old RTM Mar24SU", which is not a release of the catalog [inherits-resolves]',
    ]);
  });
});
