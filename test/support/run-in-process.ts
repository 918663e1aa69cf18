import { Readable, Writable } from 'node:stream';
import { runCli } from '../../src/cli/program.js';

export interface InProcessRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  readonly env?: NodeJS.ProcessEnv;
  readonly isTTY?: boolean;
  readonly stdin?: string;
  readonly cwd?: string;
  readonly failingStdout?: Error;
}

export async function runInProcess(argv: readonly string[], options: InProcessOptions = {}): Promise<InProcessRun> {
  let stdout = '';
  let stderr = '';
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      stdout += String(chunk);
      done();
    },
  });
  const code = await runCli(
    argv,
    {
      stdout: options.failingStdout ? failingWritable(options.failingStdout) : sink,
      stderr: (text) => (stderr += text),
      stdin: Readable.from(options.stdin === undefined ? [] : [options.stdin]),
      stdinHasData: options.stdin !== undefined,
      stderrIsTTY: false,
      stdoutIsTTY: options.isTTY ?? false,
      env: options.env ?? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH },
      cwd: options.cwd ?? process.cwd(),
    },
    options.isTTY ?? false,
  );
  return { code, stdout, stderr };
}

function failingWritable(error: Error): Writable {
  return new Writable({
    write() {
      throw error;
    },
  });
}
