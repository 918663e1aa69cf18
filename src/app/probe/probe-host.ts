import { parseProbeTarget } from '../../parse/probe/probe-target.js';
import { refusal, type ProbeResult } from '../../parse/probe/probe-result.js';
import { readProbe } from '../../parse/probe/read-probe.js';
import type { ProbeOptions } from '../../input/probe/probe-options.js';
import { probeServer } from '../../input/probe/probe-server.js';
import { prepareTlsTrust, type TlsTrust } from '../../input/http/tls-trust.js';

/**
 * Probes one server given as text (`https://mail.contoso.com`, `http://host:8080`, `mail.contoso.com`)
 * and reads its build. Always resolves: an unreadable target, a network problem, or even a bug
 * becomes a refusal with a typed reason.
 */
export async function probeHost(input: string, options: ProbeOptions, trust?: TlsTrust): Promise<ProbeResult> {
  const parsed = parseProbeTarget(input);
  if (!parsed.ok) return refusal(parsed.failure.input, parsed.failure);
  try {
    return readProbe(await probeServer(parsed.target, options, trust ?? prepareTlsTrust(options, undefined, options.env)));
  } catch (error) {
    return {
      ...refusal(parsed.target.input, { kind: 'internal', detail: error instanceof Error ? error.message : String(error) }),
      origin: parsed.target.origin,
    };
  }
}
