import { EnvHttpProxyAgent, type Dispatcher } from 'undici';
import type { TlsTrust } from './tls-trust.js';

/** Where the proxy variables come from: the process environment, or the one a command runs with. */
export type ProxyEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * An undici dispatcher that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lower case wins over upper
 * case, as in curl) and the TLS trust decided by `prepareTlsTrust`. https goes through a proxy as a
 * CONNECT tunnel; http as an absolute-URI request (`proxyTunnel: false`). It keeps no cookies and
 * adds no headers of its own. It holds one connection per origin (a probe), or as many as undici
 * likes (`connections: null`, a remote-catalog download). The variables are read from `env`, not
 * from wherever undici would look.
 */
export function createHttpDispatcher(trust: TlsTrust, env: ProxyEnvironment = process.env, connections: number | null = 1): Dispatcher {
  const variable = (name: string): string => env[name] ?? env[name.toUpperCase()] ?? '';
  return new EnvHttpProxyAgent({
    // One connection per origin: requests wait for it instead of opening another.
    ...(connections === null ? {} : { connections }),
    connect: trust.target,
    requestTls: trust.target,
    proxyTls: trust.proxy,
    proxyTunnel: false,
    httpProxy: variable('http_proxy'),
    httpsProxy: variable('https_proxy'),
    noProxy: variable('no_proxy'),
  });
}
