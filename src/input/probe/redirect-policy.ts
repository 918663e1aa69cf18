import type { RedirectRefusal } from '../../shared/server-responses.js';

export type RedirectDecision = { readonly follow: string } | { readonly refuse: RedirectRefusal; readonly target: string };

const effectivePort = (url: URL): string => url.port || (url.protocol === 'https:' ? '443' : '80');

/**
 * "Same host" means the same host name (as the URL parser normalises it: lower case, IDNA) and the
 * same port. One exception: http on port 80 moving to https on port 443 of the same host name is the
 * usual upgrade and counts as the same host. A move to https on the same port is an upgrade too.
 */
export function isSameHost(from: URL, to: URL): boolean {
  if (from.hostname !== to.hostname) return false;
  if (effectivePort(from) === effectivePort(to)) return true;
  return from.protocol === 'http:' && to.protocol === 'https:' && effectivePort(from) === '80' && effectivePort(to) === '443';
}

/**
 * Decides whether to follow a redirect from `current` to `location`. Without `followRedirects` only
 * same-host redirects are followed, and never from https down to http; non-http(s) targets and
 * targets with a user name or password are never followed.
 */
export function judgeRedirect(current: string, location: string | null, followRedirects: boolean): RedirectDecision {
  let next: URL;
  try {
    next = new URL(location ?? '', current);
  } catch {
    return { refuse: 'not-http', target: location ?? '' };
  }
  if (location === null || (next.protocol !== 'https:' && next.protocol !== 'http:')) return { refuse: 'not-http', target: location ?? '' };
  if (next.username !== '' || next.password !== '') return { refuse: 'credentials', target: `${next.protocol}//${next.host}${next.pathname}` };
  if (followRedirects) return { follow: next.href };
  const from = new URL(current);
  if (from.protocol === 'https:' && next.protocol === 'http:') return { refuse: 'https-to-http', target: next.href };
  return isSameHost(from, next) ? { follow: next.href } : { refuse: 'other-host', target: next.href };
}
