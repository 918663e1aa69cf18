import { execFile } from 'node:child_process';

export interface CommandResult {
  readonly ok: boolean;
  readonly stdout: string;
  /** Why it failed, in a few words: not found, timed out, or its first error line. */
  readonly problem: string;
  readonly notFound: boolean;
}

/** Runs a command without a shell, with a timeout and a 1 MiB output limit, hidden on Windows. */
export function runCommand(command: string, args: readonly string[], timeoutMs: number): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: timeoutMs, windowsHide: true, encoding: 'utf8', maxBuffer: 1024 * 1024 }, (error, stdout) => {
      if (!error) return resolve({ ok: true, stdout, problem: '', notFound: false });
      const notFound = (error as NodeJS.ErrnoException).code === 'ENOENT';
      const problem = notFound
        ? `${command} not found`
        : error.killed
          ? `${command} timed out after ${timeoutMs / 1000} s`
          : `${command} failed (${error.message.split('\n')[0]})`;
      resolve({ ok: false, stdout, problem, notFound });
    });
  });
}

export const isWindows = (): boolean => process.platform === 'win32';
