import { claimOf, type Reading } from './build-claim.js';

/**
 * Versioned static-file folders in the OWA sign-in page: `/owa/auth/15.2.1544/themes/…` (Exchange
 * 2013 and later) and `/owa/14.3.123.3/themes/…` (Exchange 2010). Security updates leave the folder
 * name alone, so the first three parts name the CU (or service pack / rollup) level, never more.
 */
const VERSIONED_PATH = /\/owa\/(?:auth\/)?(\d{1,5})\.(\d{1,5})\.(\d{1,5})(?:\.\d{1,5})?\//gi;
const SIGN_IN_FORM = /\/owa\/auth\.owa|\/owa\/auth\/owaauth\.dll/i;
const SIGN_IN_PAGE = /\/owa\/[^"'\s]*flogon\.js|name\s*=\s*["']?logonForm/i;

/** Reads the CU level from the versioned paths of an OWA sign-in page, and the marks of one. */
export function readLogonPage(html: string): Reading {
  const markers: string[] = [];
  if (SIGN_IN_FORM.test(html)) markers.push('OWA sign-in form');
  if (SIGN_IN_PAGE.test(html)) markers.push('OWA sign-in page');
  const levels = new Map<string, number[]>();
  for (const match of html.matchAll(VERSIONED_PATH)) {
    const parts = match.slice(1, 4).map(Number);
    if (parts.every((part) => part <= 65535)) levels.set(parts.join('.'), parts);
  }
  if (levels.size === 0) return { claims: [], note: markers.length > 0 ? 'a sign-in page without versioned paths' : 'no versioned OWA paths', markers };
  markers.push('versioned OWA static files');
  const claims = [...levels.values()].map((parts) => claimOf('static-file-paths', 'cu-level', parts));
  return { claims, note: `static files under ${claims.map((claim) => claim.build).join(', ')}`, markers };
}
