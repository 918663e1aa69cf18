import { InvalidArgumentError, type Command } from 'commander';
import type { ProbeSettings } from '../app/check-request.js';
import { isProbeUrl } from '../parse/hosts/host-row.js';
import { describeProbeFailure } from '../parse/probe/describe-probe.js';
import { parseProbeTarget } from '../parse/probe/probe-target.js';
import { UsageError } from '../shared/errors.js';
import { collectIds, parsePositiveNumber } from './option-parsers.js';

export interface ProbeOptions {
  probe?: string[];
  probeTimeout: number;
  probeConcurrency: number;
  followRedirects?: boolean;
  insecure?: boolean;
}

const MAX_PROBE_CONCURRENCY = 64;

function parseConcurrency(value: string): number {
  const number = parsePositiveNumber(value);
  if (number > MAX_PROBE_CONCURRENCY) throw new InvalidArgumentError(`expected at most ${MAX_PROBE_CONCURRENCY}.`);
  return number;
}

export function addProbeOptions(command: Command): Command {
  return command
    .option('--probe <host>', "read the build from the server's anonymous web endpoints (a URL or a host name; repeatable or comma-separated)", collectIds)
    .option('--probe-timeout <seconds>', 'time allowed for each request of a probe; a server gets 3 times as much in all', parsePositiveNumber, 10)
    .option('--probe-concurrency <n>', `servers probed at once in a host list (1-${MAX_PROBE_CONCURRENCY})`, parseConcurrency, 4)
    .option('--follow-redirects', 'probe: follow redirects to other hosts and from https to http')
    .option('--insecure', 'probe: do NOT verify TLS certificates (every output says so)');
}

/** The servers to probe: a URL given in place of the build string, or every --probe; each must name a server only. */
export function probeTargets(words: readonly string[], options: ProbeOptions): string[] {
  const url = words.some(isProbeUrl);
  if (url && words.length > 1) throw new UsageError('give one URL in place of the build string (several servers: --probe HOST,HOST or a host list)');
  const targets = url ? [words[0]!] : (options.probe ?? []);
  if (url && options.probe !== undefined) throw new UsageError('give either a URL or --probe, not both');
  if (!url && options.probe !== undefined && words.length > 0) throw new UsageError('give either a build string or --probe, not both');
  if (options.probe !== undefined && targets.length === 0) throw new UsageError('--probe needs a server');
  for (const target of targets) {
    const parsed = parseProbeTarget(target);
    if (!parsed.ok) throw new UsageError(describeProbeFailure(parsed.failure));
  }
  return targets;
}

/** How probes behave; the probe options are refused where nothing can be probed (a build string, the local server). */
export function probeSettings(options: ProbeOptions, command: Command, canProbe: boolean): ProbeSettings {
  const given = ['probeTimeout', 'probeConcurrency', 'followRedirects', 'insecure'].filter((name) => command.getOptionValueSource(name) === 'cli');
  if (!canProbe && given.length > 0) {
    const flags = given.map((name) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    throw new UsageError(`${flags.join(', ')} ${given.length === 1 ? 'applies' : 'apply'} only to a URL, --probe or a host list`);
  }
  return {
    timeoutMs: options.probeTimeout * 1000,
    concurrency: options.probeConcurrency,
    followRedirects: options.followRedirects === true,
    insecure: options.insecure === true,
  };
}
