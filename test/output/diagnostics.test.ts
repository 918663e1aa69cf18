import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDiagnostics, quietDiagnostics } from '../../src/output/diagnostics.js';
import { hostileString, terminalControlsIn } from '../support/hostile-text.js';

function captured(): { text: () => string; write: (text: string) => void } {
  let text = '';
  return { text: () => text, write: (more) => (text += more) };
}

describe('diagnostics on stderr', () => {
  it('write control characters in a message out, newlines included, one line per message', () => {
    const stderr = captured();
    const diagnostics = createDiagnostics(stderr.write);
    diagnostics.warning('2 duplicate host names: EX01\u001b]0;owned\u0007, EX02\nrollup-check: fake');
    diagnostics.error(['/tmp/\u001b[31mcat.yaml:1:1: bad', 'second problem\r']);
    expect(stderr.text()).toBe(
      'rollup-check: warning: 2 duplicate host names: EX01\\x1b]0;owned\\x07, EX02\\nrollup-check: fake\n' +
        'rollup-check: /tmp/\\x1b[31mcat.yaml:1:1: bad\nsecond problem\\r\n',
    );
  });

  it('never let a message reach the terminal as control codes, nor add a line', () => {
    fc.assert(
      fc.property(hostileString(), fc.array(hostileString(), { maxLength: 3 }), (message, lines) => {
        const stderr = captured();
        const diagnostics = createDiagnostics(stderr.write);
        diagnostics.warning(message);
        diagnostics.info(message);
        diagnostics.error(message);
        diagnostics.error(lines);
        expect(stderr.text().split('\n').length - 1).toBe(3 + Math.max(1, lines.length));
        diagnostics.raw(message);
        expect(terminalControlsIn(stderr.text(), false)).toEqual([]);
      }),
    );
  });

  it('keep only errors when quiet', () => {
    const stderr = captured();
    const quiet = quietDiagnostics(createDiagnostics(stderr.write));
    quiet.warning('a warning');
    quiet.info('a note');
    quiet.error('an error');
    expect(stderr.text()).toBe('rollup-check: an error\n');
  });
});
