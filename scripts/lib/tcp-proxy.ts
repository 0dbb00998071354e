import net from 'node:net';

/**
 * A TCP proxy a test controls, put between the API and PostgreSQL to make the faults of real
 * deployments: `cut()` drops every connection and refuses new ones (the database "goes away"),
 * `restore()` lets connections through again, `setLatency(ms)` delays every chunk both ways (a
 * slow database or network). Dependency-free.
 */
export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number;
  /** postgres:// URL `target` rewritten to go through the proxy. */
  rewrite(url: string): string;
  cut(): void;
  restore(): void;
  setLatency(ms: number): void;
  /** Connections currently open through the proxy. */
  readonly connections: number;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let latency = 0;
  let cut = false;
  const sockets = new Set<net.Socket>();

  const relay = (from: net.Socket, to: net.Socket) => {
    // When each delayed chunk is due; later chunks are never due earlier, so order is kept
    // even when the latency changes mid-stream.
    let lastDue = 0;
    from.on('data', (chunk) => {
      const now = Date.now();
      if (latency <= 0 && lastDue <= now) {
        to.write(chunk);
        return;
      }
      const due = Math.max(now + latency, lastDue + 1);
      lastDue = due;
      setTimeout(() => {
        if (!to.destroyed) to.write(chunk);
      }, due - now);
    });
  };

  const server = net.createServer((client) => {
    if (cut) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target.port, target.host);
    sockets.add(client);
    sockets.add(upstream);
    const close = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
    relay(client, upstream);
    relay(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;

  return {
    port,
    rewrite(url) {
      const u = new URL(url);
      u.hostname = '127.0.0.1';
      u.port = String(port);
      return u.toString();
    },
    cut() {
      cut = true;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore() {
      cut = false;
    },
    setLatency(ms) {
      latency = ms;
    },
    get connections() {
      return sockets.size / 2;
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** host and port of a postgres:// URL. */
export function targetOf(url: string): { host: string; port: number } {
  const u = new URL(url);
  return { host: u.hostname || '127.0.0.1', port: Number(u.port || 5432) };
}
