import http from 'node:http';
import { type AddressInfo } from 'node:net';

/**
 * A small HTTP load balancer for the cluster script and the tests — what Caddy does in
 * compose.yaml: round robin over the backends that pass their health check (GET /readyz every
 * `checkIntervalMs`), and a request whose connection could not be made (refused: the process is
 * gone) goes to the next backend, whatever its method, since the backend never saw it. A read
 * (GET, or a GraphQL query) whose connection a stopping backend reset is tried on another. Anything else a backend dies in the middle of answering fails with 502: it
 * may have been acted on, and only the client may decide to send it again.
 */
export interface Backend {
  host: string;
  port: number;
  healthy: boolean;
}

export interface Balancer {
  url: string;
  port: number;
  backends: Backend[];
  /** The balancer's process id, when it runs in a process of its own. */
  pid?: number;
  /** Requests answered 502/503 by the balancer itself since start. */
  readonly failures: number;
  /** Runs the health checks now and waits for them. */
  check(): Promise<void>;
  close(): Promise<void>;
}

export async function startBalancer(options: {
  backends: { host: string; port: number }[];
  port?: number;
  host?: string;
  checkIntervalMs?: number;
  /** Called after each periodic health check (the balancer's own process reports them). */
  onChecked?: () => void;
}): Promise<Balancer> {
  const backends: Backend[] = options.backends.map((b) => ({ ...b, healthy: false }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256, maxFreeSockets: 64 });
  let next = 0;
  let failures = 0;

  // Out of rotation after two failed checks in a row (one slow answer on a busy machine is
  // not an outage), back after one good one; a refused connection takes it out at once.
  const misses = new Map<Backend, number>();
  const probe = (b: Backend) =>
    new Promise<void>((resolve) => {
      const failed = () => {
        const n = (misses.get(b) ?? 0) + 1;
        misses.set(b, n);
        if (n >= 2) b.healthy = false;
        resolve();
      };
      const req = http.get(
        { host: b.host, port: b.port, path: '/readyz', timeout: 3000, agent: false },
        (res) => {
          res.resume();
          if (res.statusCode === 200) {
            misses.set(b, 0);
            b.healthy = true;
            resolve();
          } else failed();
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') misses.set(b, 1);
        failed();
      });
    });
  const check = async () => {
    await Promise.all(backends.map(probe));
  };
  await check();
  const timer = setInterval(
    () => void check().then(() => options.onChecked?.()),
    options.checkIntervalMs ?? 500,
  );
  timer.unref();

  // When no backend passes its check, each is tried anyway (as nginx does): an answer, even a
  // 503 from the process itself, is better than the balancer refusing on a guess.
  const pick = (exclude: Set<Backend>): Backend | undefined => {
    const anyHealthy = backends.some((b) => b.healthy && !exclude.has(b));
    for (let i = 0; i < backends.length; i++) {
      const b = backends[(next + i) % backends.length]!;
      if ((b.healthy || !anyHealthy) && !exclude.has(b)) {
        next = (next + i + 1) % backends.length;
        return b;
      }
    }
    return undefined;
  };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => forward(Buffer.concat(chunks), new Set()));

    function fail(status: number, message: string) {
      failures += 1;
      if (res.headersSent) {
        res.destroy();
        return;
      }
      res.writeHead(status, { 'content-type': 'application/json', 'retry-after': '1' });
      res.end(
        JSON.stringify({ errors: [{ message, extensions: { code: 'SERVICE_UNAVAILABLE' } }] }),
      );
    }

    function forward(body: Buffer, tried: Set<Backend>, attempt = 0) {
      const backend = pick(tried);
      if (!backend) {
        fail(503, 'No API process is available.');
        return;
      }
      const headers = { ...req.headers };
      const client = req.socket.remoteAddress ?? '';
      headers['x-forwarded-for'] = headers['x-forwarded-for']
        ? `${String(headers['x-forwarded-for'])}, ${client}`
        : client;
      headers['x-forwarded-proto'] = 'http';
      headers['content-length'] = String(body.length);
      delete headers['transfer-encoding'];
      const upstream = http.request(
        {
          host: backend.host,
          port: backend.port,
          method: req.method,
          path: req.url,
          headers,
          agent,
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('error', () => res.destroy());
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        // Never reached the process (refused): any request may go elsewhere. The connection
        // reset by a process that is stopping, without an answer: a read may be asked again.
        const retry =
          error.code === 'ECONNREFUSED' ||
          (error.code === 'ECONNRESET' && attempt < 2 && idempotent(req.method, body));
        if (retry && !res.headersSent) {
          backend.healthy = error.code === 'ECONNREFUSED' ? false : backend.healthy;
          forward(body, new Set([...tried, backend]), attempt + 1);
          return;
        }
        fail(502, 'The API process stopped while answering.');
      });
      upstream.end(body);
    }
  });
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    backends,
    get failures() {
      return failures;
    },
    check,
    async close() {
      clearInterval(timer);
      agent.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function idempotent(method: string | undefined, body: Buffer): boolean {
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return true;
  return method === 'POST' && !/\b(mutation|subscription)\b/.test(body.toString('utf8'));
}
