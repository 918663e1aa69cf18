import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// `sh` scripts standing in for powershell, pwsh and reg. They run with a PATH holding only their own
// directory, so they use shell builtins and absolute paths only.

export interface FakeReply {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode?: number;
  /** Hang this long (replacing the shell, so a kill ends it) before exiting. */
  readonly sleepSeconds?: number;
}

export interface FakeCommand {
  /** The first entry whose text occurs in the arguments answers; `otherwise` answers the rest. */
  readonly when?: readonly (readonly [argumentsContain: string, reply: FakeReply])[];
  readonly otherwise: FakeReply;
}

export interface FakeBin {
  /** The only directory to put on PATH. */
  readonly bin: string;
  /** A scratch directory to run in. */
  readonly root: string;
  /** Every call so far, as `name arg1 arg2 ...`. */
  calls(): string[];
  remove(): void;
}

const SLEEP = ['/bin/sleep', '/usr/bin/sleep'].find((path) => existsSync(path)) ?? '/bin/sleep';

const quote = (text: string): string => `'${text.replaceAll("'", `'\\''`)}'`;

function replyLines(reply: FakeReply): string[] {
  return [
    ...(reply.stdout ? [`printf '%s' ${quote(reply.stdout)}`] : []),
    ...(reply.stderr ? [`printf '%s' ${quote(reply.stderr)} >&2`] : []),
    ...(reply.sleepSeconds ? [`exec ${SLEEP} ${reply.sleepSeconds}`] : []),
    `exit ${reply.exitCode ?? 0}`,
  ];
}

function fakeScript(name: string, command: FakeCommand, log: string): string {
  const branch = (pattern: string, reply: FakeReply): string[] => [`  ${pattern})`, ...replyLines(reply).map((line) => `    ${line}`), '    ;;'];
  return [
    '#!/bin/sh',
    `printf '%s\\n' "${name} $*" >> ${quote(log)}`,
    'case "$*" in',
    ...(command.when ?? []).flatMap(([text, reply]) => branch(`*${quote(text)}*`, reply)),
    ...branch('*', command.otherwise),
    'esac',
    '',
  ].join('\n');
}

export function createFakeBin(commands: Readonly<Record<string, FakeCommand>>): FakeBin {
  const root = mkdtempSync(join(tmpdir(), 'rollup-check-fake-bin-'));
  const bin = join(root, 'bin');
  const log = join(root, 'calls.log');
  mkdirSync(bin);
  for (const [name, command] of Object.entries(commands)) {
    const path = join(bin, name);
    writeFileSync(path, fakeScript(name, command, log));
    chmodSync(path, 0o755);
  }
  return {
    bin,
    root,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}
