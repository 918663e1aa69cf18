import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SCRIPT, SCRIPT_HASH, STYLE, STYLE_HASH } from '../../../src/render/html/assets.js';

const hashOf = (text: string): string => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

describe('the HTML report assets', () => {
  it('carry the hashes the Content-Security-Policy allows them by (update the constants when the style or script changes)', () => {
    expect(STYLE_HASH).toBe(hashOf(STYLE));
    expect(SCRIPT_HASH).toBe(hashOf(SCRIPT));
  });

  it('load nothing from the network', () => {
    expect(`${STYLE}${SCRIPT}`).not.toMatch(/url\(|@import|https?:|fetch\(|XMLHttpRequest|innerHTML|eval\(/);
  });
});
