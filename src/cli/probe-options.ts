import { InvalidArgumentError, type Command } from 'commander';
import { collectIds, parsePositiveNumber } from './option-parsers.js';
import { MAX_PROBE_CONCURRENCY, PROBE_COMMAND_DEFAULTS } from './probe-request.js';

function parseConcurrency(value: string): number {
  const number = parsePositiveNumber(value);
  if (number > MAX_PROBE_CONCURRENCY) throw new InvalidArgumentError(`expected at most ${MAX_PROBE_CONCURRENCY}.`);
  return number;
}

export function addProbeOptions(command: Command): Command {
  return command
    .option('--probe <host>', "read the build from the server's anonymous web endpoints (a URL or a host name; repeatable or comma-separated)", collectIds)
    .option(
      '--probe-timeout <seconds>',
      'time allowed for each request of a probe; a server gets 3 times as much in all',
      parsePositiveNumber,
      PROBE_COMMAND_DEFAULTS.probeTimeout,
    )
    .option(
      '--probe-concurrency <n>',
      `servers probed at once in a host list (1-${MAX_PROBE_CONCURRENCY})`,
      parseConcurrency,
      PROBE_COMMAND_DEFAULTS.probeConcurrency,
    )
    .option('--follow-redirects', 'probe: follow redirects to other hosts and from https to http')
    .option('--insecure', 'probe: do NOT verify TLS certificates (every output says so)');
}
