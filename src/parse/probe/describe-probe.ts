import type { BuildClaim, ClaimSource } from './build-claim.js';
import type { ProbeFailure, ProbeResult } from './probe-result.js';
import type { TlsProblem, TransportFailure } from '../../shared/server-responses.js';

const TLS_PROBLEMS: Readonly<Record<TlsProblem, string>> = {
  untrusted: 'the certificate is not issued by a trusted authority',
  'hostname-mismatch': 'the certificate does not name this host',
  expired: 'the certificate has expired',
  'not-yet-valid': 'the certificate is not valid yet',
  handshake: 'the TLS handshake failed',
  other: 'the certificate was refused',
};

const SOURCES: Readonly<Record<ClaimSource, string>> = {
  'export-tool-manifest': 'the ECP export tool manifest',
  'x-owa-version': 'the X-OWA-Version header',
  'static-file-paths': 'the OWA static-file paths',
};

export function describeTransportFailure(failure: TransportFailure): string {
  switch (failure.kind) {
    case 'unreachable':
      return failure.detail;
    case 'tls':
      return `TLS: ${TLS_PROBLEMS[failure.problem]} (${failure.detail})`;
    case 'oversized':
      return `the answer is larger than ${failure.limitBytes} bytes; stopped reading`;
    case 'redirect-refused':
      switch (failure.why) {
        case 'other-host':
          return `redirects to another host, ${failure.target}; not followed without --follow-redirects`;
        case 'https-to-http':
          return `redirects from https down to http, ${failure.target}; not followed without --follow-redirects`;
        case 'credentials':
          return `redirects to a URL with a user name or password (${failure.target}); never followed`;
        case 'too-many':
          return `too many redirects (the last to ${failure.target})`;
        case 'not-http':
          return `redirects to ${failure.target === '' ? 'nowhere' : JSON.stringify(failure.target)}, which is not an http(s) URL`;
      }
      return 'redirect refused';
    case 'not-tried':
      return failure.why === 'budget' ? "not tried: the probe's time budget ran out" : 'not tried: the server was unreachable';
  }
}

/** Each claim once, though two endpoints made it (the sign-in page reached from /owa/ and asked for itself, say). */
const describeClaims = (claims: readonly BuildClaim[]): string =>
  [...new Set(claims.map((claim) => `${SOURCES[claim.source]} says ${claim.proves === 'exact' ? '' : 'CU level '}${claim.build}`))].join(', ');

export function describeProbeFailure(failure: ProbeFailure): string {
  switch (failure.kind) {
    case 'invalid-target':
      return `cannot probe ${JSON.stringify(failure.input)}: ${failure.detail}`;
    case 'http-status':
      return `the server answered HTTP ${failure.status} for ${failure.url}`;
    case 'not-exchange':
      return 'no endpoint looks like Exchange (no OWA, no export tool manifest)';
    case 'no-build-revealed':
      return `an Exchange server (${failure.markers.join(', ')}), but no endpoint reveals its build`;
    case 'disagreement':
      return `the endpoints disagree beyond what a security update explains: ${describeClaims(failure.claims)}`;
    case 'internal':
      return `the probe failed unexpectedly: ${failure.detail}`;
    default:
      return describeTransportFailure(failure);
  }
}

/** One line for a report's `input.source`: what was probed, what it proved and from where. */
export function describeProbeSource(result: ProbeResult): string {
  const where = `probed ${result.origin ?? JSON.stringify(result.input)}`;
  const tls = result.tls?.verified === false ? '; TLS certificate NOT verified (--insecure)' : '';
  if (!result.ok) return `${where}: ${describeProbeFailure(result.failure)}${tls}`;
  const what = result.proves === 'exact' ? `build ${result.build}` : `CU level ${result.build} only (security-update level unknown)`;
  const sources = [...new Set(result.basis.map((claim) => SOURCES[claim.source]))];
  const listed = sources.length > 1 ? `${sources.slice(0, -1).join(', ')} and ${sources.at(-1)!}` : sources.join('');
  return `${where}: ${what} from ${listed}${tls}`;
}
