import type { ProbeTarget } from '../../shared/server-responses.js';

export interface InvalidTarget {
  readonly kind: 'invalid-target';
  readonly input: string;
  readonly detail: string;
}

export type ParsedTarget = { readonly ok: true; readonly target: ProbeTarget } | { readonly ok: false; readonly failure: InvalidTarget };

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const BARE_IPV6 = /^[0-9a-f]*:[0-9a-f:.]*:[0-9a-f:.%a-z]*$/i;
const WRITTEN_PORT = /:(\d+)$/;

const invalid = (input: string, detail: string): ParsedTarget => ({ ok: false, failure: { kind: 'invalid-target', input, detail } });

/** The host and port part of `scheme://authority/...`, without user information. */
function authorityOf(url: string): string {
  const rest = url.slice(url.indexOf('//') + 2);
  const end = rest.search(/[/?#]/);
  const authority = end === -1 ? rest : rest.slice(0, end);
  return authority.slice(authority.lastIndexOf('@') + 1);
}

/**
 * Reads `https://mail.contoso.com`, `http://host:8080`, `mail.contoso.com` (then https),
 * `host:8443`, `[2001:db8::1]` or a bare IPv6 address. Refuses anything with credentials, a path,
 * a query or a fragment, a port outside 1–65535, or a scheme other than http(s): as a value,
 * never an exception.
 */
export function parseProbeTarget(text: string): ParsedTarget {
  const input = text.trim();
  if (input === '') return invalid(input, 'no server was given');
  if ([...input].some((char) => /\s/.test(char) || char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f))
    return invalid(input, 'a server name cannot contain spaces or control characters');
  const candidate = HAS_SCHEME.test(input) ? input : BARE_IPV6.test(input) ? `https://[${input}]` : `https://${input}`;
  const writtenPort = WRITTEN_PORT.exec(authorityOf(candidate))?.[1];
  if (writtenPort !== undefined && (Number(writtenPort) < 1 || Number(writtenPort) > 65535)) {
    return invalid(input, `port ${writtenPort} is outside 1-65535`);
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return invalid(input, 'not a valid server name or http(s) URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return invalid(input, `only http and https can be probed, not ${url.protocol.slice(0, -1)}`);
  // Shown without them, so a password never reaches a report.
  const redacted = input.replace(/\/\/[^/?#]*@/, '//***@');
  if (url.username !== '' || url.password !== '') return invalid(redacted, 'user names and passwords are not accepted: the probe never sends credentials');
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    return invalid(input, 'give the server only (scheme, host, port), without a path, query or fragment');
  if (url.hostname === '') return invalid(input, 'no host name');
  const secure = url.protocol === 'https:';
  return { ok: true, target: { input, origin: url.origin, hostname: url.hostname, port: url.port === '' ? (secure ? 443 : 80) : Number(url.port), secure } };
}
