import { createServer, request as forward, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';

export interface ProxiedRequest {
  readonly method: string;
  /** The absolute URI of a forwarded request, or host:port of a CONNECT tunnel. */
  readonly target: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

export interface LocalProxy {
  readonly url: string;
  readonly log: ProxiedRequest[];
  close(): Promise<void>;
}

/**
 * A small forward proxy on 127.0.0.1: absolute-URI requests for http, CONNECT tunnels for https.
 * It records what it forwarded. With `refuse`, it answers every request and CONNECT with 407.
 */
export async function startProxy(options: { refuse?: boolean } = {}): Promise<LocalProxy> {
  const log: ProxiedRequest[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((request, response) => {
    log.push({ method: request.method ?? '', target: request.url ?? '', headers: request.headers });
    if (options.refuse) return void response.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end();
    const url = new URL(request.url ?? '');
    const headers = { ...request.headers };
    delete headers['proxy-connection'];
    const upstream = forward({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: request.method, headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  server.on('connect', (request, client: Socket, head: Buffer) => {
    log.push({ method: 'CONNECT', target: request.url ?? '', headers: request.headers });
    if (options.refuse) return void client.end('HTTP/1.1 407 Proxy Authentication Required\r\n\r\n');
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.once('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
