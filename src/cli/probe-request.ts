import type { ProbeSettings } from '../app/check-request.js';
import { PROBE_DEFAULTS } from '../input/probe/probe-options.js';
import { isProbeUrl } from '../parse/hosts/host-row.js';
import { describeProbeFailure } from '../parse/probe/describe-probe.js';
import { parseProbeTarget } from '../parse/probe/probe-target.js';
import { UsageError } from '../shared/errors.js';

/** The probe options of the command line. */
export interface ProbeCommandOptions {
  probe?: string[];
  probeTimeout: number;
  probeConcurrency: number;
  followRedirects?: boolean;
  insecure?: boolean;
}

/** The options that tune a probe, as named in `ProbeCommandOptions`. */
const PROBE_TUNING_OPTIONS = ['probeTimeout', 'probeConcurrency', 'followRedirects', 'insecure'] as const;

export const PROBE_COMMAND_DEFAULTS = {
  probeTimeout: PROBE_DEFAULTS.requestTimeoutMs / 1000,
  probeConcurrency: 4,
} as const satisfies Partial<ProbeCommandOptions>;

export const MAX_PROBE_CONCURRENCY = 64;

/** The servers to probe: a URL given in place of the build string, or every --probe; each must name a server only. */
export function probeTargets(words: readonly string[], options: ProbeCommandOptions): string[] {
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

/**
 * How probes behave; the tuning options given on the command line (`given`) are refused where
 * nothing can be probed (a build string, the local server).
 */
export function probeSettings(options: ProbeCommandOptions, given: readonly string[], canProbe: boolean): ProbeSettings {
  const tuning = PROBE_TUNING_OPTIONS.filter((name) => given.includes(name));
  if (!canProbe && tuning.length > 0) {
    const flags = tuning.map((name) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    throw new UsageError(`${flags.join(', ')} ${tuning.length === 1 ? 'applies' : 'apply'} only to a URL, --probe or a host list`);
  }
  // Nothing is probed: settings from the config file change nothing, and no output may claim --insecure.
  if (!canProbe)
    return { timeoutMs: PROBE_DEFAULTS.requestTimeoutMs, concurrency: PROBE_COMMAND_DEFAULTS.probeConcurrency, followRedirects: false, insecure: false };
  return {
    timeoutMs: options.probeTimeout * 1000,
    concurrency: options.probeConcurrency,
    followRedirects: options.followRedirects === true,
    insecure: options.insecure === true,
  };
}
