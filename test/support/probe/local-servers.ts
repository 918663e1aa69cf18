import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { fixturePath } from '../helpers.js';

export const MANIFEST_PATH = '/ecp/Current/exporttool/microsoft.exchange.ediscovery.exporttool.application';
export const ENDPOINT_PATHS = [MANIFEST_PATH, '/owa/', '/owa/auth/logon.aspx'];
export const CLIENT_VERSION = '9.9.9-test';
export const USER_AGENT = `rollup-check/${CLIENT_VERSION} (+build probe)`;

const fixture = (name: string): string => readFileSync(fixturePath(`probe/${name}`), 'utf8');
export const manifestFor = (version: string): string => fixture('exporttool.application').replaceAll('{{VERSION}}', version);
export const logonPageFor = (level: string): string => fixture('logon.aspx.html').replaceAll('{{LEVEL}}', level);
export const NOT_FOUND_PAGE = fixture('not-found.html');
/**
 * A URL nothing listens on. Port 1 is below the range the system hands out to the test servers, so no
 * server started by a concurrent test can take it, unlike a port freed by closing a server.
 */
export const REFUSED_ORIGIN = 'http://127.0.0.1:1';
export const tlsFixture = (name: string): string => fixture(`tls/${name}`);

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
}

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

/** What a fake Exchange server reveals: null leaves the endpoint out (404). */
export interface FakeExchange {
  readonly manifestVersion?: string | null;
  readonly owaVersion?: string | null;
  readonly logonLevel?: string | null;
  /** Replaces the answer for a path (matched without the query). */
  readonly routes?: Readonly<Record<string, Route>>;
}

export const notFound: Route = (_, response) => void response.writeHead(404, { 'content-type': 'text/html' }).end(NOT_FOUND_PAGE);

/** A request listener in the shape of Exchange 2019: the export tool manifest, /owa/ redirecting to the sign-in page. */
export function fakeExchange(config: FakeExchange): RequestListener {
  return (request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    const route = config.routes?.[path];
    if (route) return route(request, response);
    const origin = `${'encrypted' in request.socket ? 'https' : 'http'}://${request.headers.host ?? ''}`;
    const versionHeader = config.owaVersion ? { 'x-owa-version': config.owaVersion } : {};
    if (path === MANIFEST_PATH && config.manifestVersion) {
      return void response.writeHead(200, { 'content-type': 'application/x-ms-application' }).end(manifestFor(config.manifestVersion));
    }
    if (path === '/owa/') {
      const location = `${origin}/owa/auth/logon.aspx?url=${encodeURIComponent(`${origin}/owa/`)}&reason=0`;
      return void response.writeHead(302, { location, 'x-feserver': 'EX01', 'set-cookie': 'ClientId=0123456789ABCDEF; path=/', ...versionHeader }).end();
    }
    if (path === '/owa/auth/logon.aspx' && config.logonLevel) {
      return void response
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'PrivateComputer=true; path=/' })
        .end(logonPageFor(config.logonLevel));
    }
    return notFound(request, response);
  };
}

export interface LocalServer {
  readonly origin: string;
  readonly port: number;
  readonly requests: RecordedRequest[];
  readonly server: Server;
  /** Connections open right now, and the most ever open at once. */
  readonly connections: { open: number; most: number };
  close(): Promise<void>;
}

/** Starts an http (or, with a certificate, https) server on 127.0.0.1 that records every request. */
export async function startServer(listener: RequestListener, tls?: { cert: string; key: string }): Promise<LocalServer> {
  const requests: RecordedRequest[] = [];
  const recording: RequestListener = (request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    listener(request, response);
  };
  const server: Server = tls ? createHttpsServer(tls, recording) : createHttpServer(recording);
  const connections = { open: 0, most: 0 };
  server.on(tls ? 'secureConnection' : 'connection', (socket: Socket) => {
    connections.open++;
    connections.most = Math.max(connections.most, connections.open);
    let counted = true;
    const gone = (): void => {
      if (counted) connections.open--;
      counted = false;
    };
    socket.once('end', gone).once('close', gone).once('error', gone);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    origin: `${tls ? 'https' : 'http'}://127.0.0.1:${port}`,
    port,
    requests,
    server,
    connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PROXY_VARIABLES = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'] as const;

/** Clears the proxy variables for a test and gives a function that restores them. */
export function withoutProxyVariables(): () => void {
  const env = process.env as Record<string, string | undefined>;
  const saved = PROXY_VARIABLES.map((name) => [name, env[name]] as const);
  for (const name of PROXY_VARIABLES) Reflect.deleteProperty(env, name);
  return () => {
    for (const [name, value] of saved) {
      if (value === undefined) Reflect.deleteProperty(env, name);
      else env[name] = value;
    }
  };
}
