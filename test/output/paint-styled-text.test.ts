import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paintStyledText } from '../../src/output/paint-styled-text.js';
import { escapeControls } from '../../src/shared/escape-controls.js';
import { TEXT_STYLES, plainText, span, type StyledText } from '../../src/shared/styled-text.js';
import { SGR, hostileString, terminalControlsIn } from '../support/hostile-text.js';

const segment = fc.oneof(hostileString(), fc.record({ style: fc.constantFrom(...TEXT_STYLES), text: hostileString() }));
const styledText = fc.array(fc.array(segment, { maxLength: 6 }), { maxLength: 5 }).map((lines): StyledText => ({ lines }));
const escapedLines = (text: StyledText): string =>
  text.lines.map((line) => `${line.map((part) => escapeControls(typeof part === 'string' ? part : part.text, false)).join('')}\n`).join('');

describe('painting styled text at the output edge', () => {
  it('colours what the renderer marked, on top of escaped text', () => {
    const text: StyledText = { lines: [[span('verdict-bad', 'Verdict: behind'), ' ', span('high', 'high\u001b[0m')]] };
    expect(paintStyledText(text, 1)).toBe('\u001b[31m\u001b[1mVerdict: behind\u001b[22m\u001b[39m \u001b[31mhigh\\x1b[0m\u001b[39m\n');
    expect(paintStyledText(text, 0)).toBe('Verdict: behind high\\x1b[0m\n');
  });

  it.each([0, 1, 2, 3] as const)('lets no byte of data become a control code or a line at colour level %i', (level) => {
    fc.assert(
      fc.property(styledText, (text) => {
        const painted = paintStyledText(text, level);
        expect(terminalControlsIn(painted, level > 0)).toEqual([]);
        expect(painted.replace(SGR, '')).toBe(escapedLines(text));
        expect(painted.split('\n').length - 1).toBe(text.lines.length);
      }),
      { numRuns: 300 },
    );
  });

  it('shows exactly the text without colour, escaped', () => {
    fc.assert(
      fc.property(styledText, (text) => {
        expect(paintStyledText(text, 0)).toBe(escapedLines(text));
        expect(plainText(text).split('\n').length).toBeGreaterThanOrEqual(text.lines.length);
      }),
    );
  });
});
