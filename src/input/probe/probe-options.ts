/** How a probe behaves on the network. Times in milliseconds (`--probe-timeout` gives seconds). */
export interface ProbeOptions {
  /** rollup-check's own version, for the User-Agent. */
  readonly clientVersion: string;
  /** Time allowed for each request, connection and TLS handshake included. */
  readonly requestTimeoutMs?: number;
  /** Time allowed for the whole probe of one server, redirects included. */
  readonly budgetMs?: number;
  /** Stop reading a response body beyond this many bytes. */
  readonly maxResponseBytes?: number;
  /** Same-host redirects followed per endpoint. */
  readonly maxRedirects?: number;
  /** Follow redirects to other hosts (and from https to http) too. */
  readonly followRedirects?: boolean;
  /** Do not verify TLS certificates; every output must then say so. */
  readonly insecure?: boolean;
  /** More trusted roots (PEM), on top of Node's and the system's: for tests, or a future `--ca-file`. */
  readonly extraCaCertificates?: readonly string[];
  /** The proxy variables and NODE_EXTRA_CA_CERTS are read from here (default: the process environment). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export const PROBE_DEFAULTS = {
  requestTimeoutMs: 10_000,
  budgetMs: 30_000,
  maxResponseBytes: 256 * 1024,
  maxRedirects: 5,
} as const;

export const probeUserAgent = (clientVersion: string): string => `rollup-check/${clientVersion} (+build probe)`;
