import { readFileSync } from 'node:fs';
import * as tls from 'node:tls';
import type { SecureContext } from 'node:tls';
import type { RootSource, TlsSummary } from '../../shared/server-responses.js';

type CaType = 'default' | 'system' | 'bundled' | 'extra';

/** The parts of `node:tls` that decide the trusted roots; `getCACertificates` exists from Node 22.15 / 23.10. */
export interface CaStore {
  readonly getCACertificates?: (type?: CaType) => string[];
  readonly rootCertificates: readonly string[];
}

/** TLS options for an undici dispatcher: `target` for the servers probed, `proxy` for an https proxy (always verified). */
export interface TlsTrust {
  readonly summary: TlsSummary;
  readonly target: Readonly<{ rejectUnauthorized?: boolean; secureContext?: SecureContext }>;
  readonly proxy: Readonly<{ secureContext?: SecureContext }>;
}

export interface TrustOptions {
  readonly insecure?: boolean;
  readonly extraCaCertificates?: readonly string[];
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function pemFile(path: string | undefined): string[] {
  if (path === undefined || path === '') return [];
  try {
    return readFileSync(path, 'utf8').match(PEM_CERTIFICATE) ?? [];
  } catch {
    return [];
  }
}

function systemRoots(store: CaStore): string[] {
  try {
    return store.getCACertificates?.('system') ?? [];
  } catch {
    return [];
  }
}

/**
 * Decides which roots verify server certificates. Node's own roots always (its bundled Mozilla
 * store plus NODE_EXTRA_CA_CERTS, which Node adds by itself); the system's store too where Node can
 * read it (`tls.getCACertificates('system')`, Node 22.15+, 23.10+, 24); and `extraCaCertificates`.
 * On Node 20 without extra certificates Node's default context is used untouched. Computed once per
 * run: building a context from a few hundred roots costs milliseconds.
 */
export function prepareTlsTrust(options: TrustOptions, store: CaStore = tls, env: NodeJS.ProcessEnv = process.env): TlsTrust {
  const caller = options.extraCaCertificates ?? [];
  const fromEnv = env.NODE_EXTRA_CA_CERTS !== undefined && env.NODE_EXTRA_CA_CERTS !== '';
  const system = systemRoots(store);
  const roots: RootSource[] = ['bundled'];
  if (fromEnv) roots.push('node-extra-ca-certs');
  if (system.length > 0) roots.push('system');
  if (caller.length > 0) roots.push('caller');
  let secureContext: SecureContext | undefined;
  if (system.length > 0 || caller.length > 0) {
    const base = store.getCACertificates ? store.getCACertificates('default') : [...store.rootCertificates, ...pemFile(env.NODE_EXTRA_CA_CERTS)];
    secureContext = tls.createSecureContext({ ca: [...new Set([...base, ...system, ...caller])] });
  }
  const verified = secureContext ? { secureContext } : {};
  if (options.insecure === true) return { summary: { verified: false, roots: [] }, target: { rejectUnauthorized: false }, proxy: verified };
  return { summary: { verified: true, roots }, target: verified, proxy: verified };
}
