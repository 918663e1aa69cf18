import { EnvHttpProxyAgent, type Dispatcher } from 'undici';
import type { TlsTrust } from './tls-trust.js';

/**
 * An undici dispatcher that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY (lower case wins over upper
 * case, as in curl) and the TLS trust decided by `prepareTlsTrust`. https goes through a proxy as a
 * CONNECT tunnel; http as an absolute-URI request (`proxyTunnel: false`). It keeps no cookies and
 * adds no headers of its own. It holds one connection per origin. The remote-catalog download can
 * use the same dispatcher.
 */
export function createHttpDispatcher(trust: TlsTrust): Dispatcher {
  return new EnvHttpProxyAgent({
    // One connection per origin: requests wait for it instead of opening another.
    connections: 1,
    connect: trust.target,
    requestTls: trust.target,
    proxyTls: trust.proxy,
    proxyTunnel: false,
  });
}
