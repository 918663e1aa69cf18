import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../src/shared/escape-controls.js';
import { ATTACKS, CONTROL_CHARS, TERMINAL_CONTROL, hostileString } from '../support/hostile-text.js';

describe('escapeControls', () => {
  it.each([
    ['an ANSI colour', 'red\u001b[31mtext', 'red\\x1b[31mtext'],
    ['an OSC 8 link ended by BEL', '\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007', '\\x1b]8;;https://evil.example\\x07click\\x1b]8;;\\x07'],
    ['an OSC 0 window title', '\u001b]0;pwned\u0007', '\\x1b]0;pwned\\x07'],
    ['backspaces over text', 'safe\b\b\b\bEVIL', 'safe\\x08\\x08\\x08\\x08EVIL'],
    ['an 8-bit CSI', 'a\u009b2Jb', 'a\\x9b2Jb'],
    ['a right-to-left override', 'txt.\u202eexe', 'txt.\\u202eexe'],
    ['a carriage return', 'Exchange 2019 CU15\rFAKE', 'Exchange 2019 CU15\\rFAKE'],
    ['DEL and a line separator', 'a\u007fb\u2028c', 'a\\x7fb\\u2028c'],
    ['ordinary text with accents and a dash', 'Sécurité – “ok” 日本', 'Sécurité – “ok” 日本'],
  ])('writes out %s', (_, raw, escaped) => {
    expect(escapeControls(raw, false)).toBe(escaped);
  });

  it('keeps tabs and newlines only where a format gives them a meaning', () => {
    expect(escapeControls('a\tb\nc\r', true)).toBe('a\tb\nc\\r');
    expect(escapeControls('a\tb\nc\r', false)).toBe('a\\tb\\nc\\r');
  });

  it.each(CONTROL_CHARS.map((char) => [`U+${char.charCodeAt(0).toString(16).padStart(4, '0')}`, char]))('writes %s as printable ASCII', (_, char) => {
    expect(escapeControls(char, false)).toMatch(/^\\[a-z0-9]+$/);
  });

  it.each(ATTACKS)('leaves nothing of the attack %j for a terminal to act on', (attack) => {
    expect(escapeControls(attack, false)).not.toMatch(TERMINAL_CONTROL);
  });

  it('leaves no character a terminal acts on, whatever the text', () => {
    fc.assert(
      fc.property(hostileString(), (text) => {
        expect(escapeControls(text, false)).not.toMatch(TERMINAL_CONTROL);
        expect(escapeControls(text, true).replace(/[\t\n]/g, '')).not.toMatch(TERMINAL_CONTROL);
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing in text without control characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }).filter((text) => !TERMINAL_CONTROL.test(text)),
        (text) => {
          expect(escapeControls(text, false)).toBe(text);
        },
      ),
    );
  });
});
