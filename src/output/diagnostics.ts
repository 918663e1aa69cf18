import { TOOL_NAME } from '../shared/tool-name.js';

/** Warnings and errors on stderr, one line each, named after the tool. */
export interface Diagnostics {
  readonly warning: (message: string) => void;
  readonly info: (message: string) => void;
  readonly error: (message: string) => void;
  /** Text as it is (a stack trace with --debug). */
  readonly raw: (text: string) => void;
}

export function createDiagnostics(write: (text: string) => void): Diagnostics {
  return {
    warning: (message) => write(`${TOOL_NAME}: warning: ${message}\n`),
    info: (message) => write(`${TOOL_NAME}: ${message}\n`),
    error: (message) => write(`${TOOL_NAME}: ${message}\n`),
    raw: (text) => write(text),
  };
}
