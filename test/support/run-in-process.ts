import { Writable } from 'node:stream';
import { runCli } from '../../src/cli/run-cli.js';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly isTTY?: boolean;
  /** The terminal's width when stdout is a terminal. */
  readonly columns?: number;
  readonly stdin?: string;
  readonly cwd?: string;
  readonly failingStdout?: Error;
}

/** Runs the command line in this process, with stdin, stdout and stderr as strings. */
export async function runInProcess(argv: readonly string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stdout += String(chunk);
      done();
    },
  });
  const stderrStream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stderr += String(chunk);
      done();
    },
  });
  const code = await runCli(argv, {
    stdout: { stream: options.failingStdout ? failingWritable(options.failingStdout) : sink },
    stderr: () => stderrStream,
    writeStderr: (text) => (stderr += text),
    stdin: async function* () {
      if (options.stdin !== undefined) yield Buffer.from(options.stdin);
    },
    stdinHasData: options.stdin !== undefined,
    stderrIsTTY: false,
    stdoutIsTTY: options.isTTY ?? false,
    stdoutColumns: options.isTTY === true ? (options.columns ?? 80) : null,
    env: options.env ?? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH },
    cwd: options.cwd ?? process.cwd(),
    now: new Date(),
    toolVersion: '0.1.0',
    detectedColorLevel: () => 1,
  });
  return { code, stdout, stderr };
}

function failingWritable(error: Error): Writable {
  return new Writable({
    write() {
      throw error;
    },
  });
}
