import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from '../../../src/render/text/display-width.js';

describe('the width of text on a terminal', () => {
  it.each([
    ['ASCII', 'exchange-01', 11],
    ['accents, combining or not', 'Se\u0301curite\u0301 é', 10],
    ['wide CJK characters', '日本語', 6],
    ['a control character, written out by the output edge', 'a\u001bb', 6],
    ['a zero-width space', 'a\u200bb', 2],
  ])('counts %s', (_, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('pads to a width in columns and leaves longer text whole', () => {
    expect(padToWidth('日本', 6)).toBe('日本  ');
    expect(padToWidth('exchange-mailbox-server-01', 4)).toBe('exchange-mailbox-server-01');
  });
});
