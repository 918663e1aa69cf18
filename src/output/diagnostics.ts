import { escapeControls } from '../shared/escape-controls.js';
import { TOOL_NAME } from '../shared/tool-name.js';

/**
 * Warnings and errors on stderr, one line each, named after the tool. Every message may carry
 * untrusted text (file paths, host names, catalog text, YAML excerpts): control characters in it,
 * newlines included, are written out visibly.
 */
export interface Diagnostics {
  readonly warning: (message: string) => void;
  readonly info: (message: string) => void;
  /** One line, or several (every problem of a catalog), the first named after the tool. */
  readonly error: (message: string | readonly string[]) => void;
  /** Text as it is but for control characters (commander's messages, a stack trace with --debug). */
  readonly raw: (text: string) => void;
}

const line = (text: string): string => `${escapeControls(text, false)}\n`;

export function createDiagnostics(write: (text: string) => void): Diagnostics {
  return {
    warning: (message) => write(line(`${TOOL_NAME}: warning: ${message}`)),
    info: (message) => write(line(`${TOOL_NAME}: ${message}`)),
    error: (message) => {
      const [first = '', ...rest] = typeof message === 'string' ? [message] : message;
      write([`${TOOL_NAME}: ${first}`, ...rest].map(line).join(''));
    },
    raw: (text) => write(escapeControls(text, true)),
  };
}

/** `--quiet`: only errors; warnings and notes are left out. */
export function quietDiagnostics(diagnostics: Diagnostics): Diagnostics {
  return { ...diagnostics, warning: () => undefined, info: () => undefined };
}
