import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  /** The whole data directory as a gzipped tarball (PGlite's dumpDataDir). */
  dump(): Promise<Blob>;
  stop(): Promise<void>;
}

/**
 * PostgreSQL in-process (PGlite), served on a loopback port so that the API talks to it through
 * the same `pg` driver path as to a real server. `dataDir` undefined keeps it in memory (tests).
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string;
  maxConnections: number;
  /** A data directory dumped with `dumpDataDir` to start from (tests: one per file). */
  loadDataDir?: Blob;
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const db = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm, unaccent },
  });
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: options.maxConnections,
  });
  await server.start();
  const address = server.getServerConn();
  return {
    // PGlite speaks no SSL and has a single built-in database.
    url: `postgres://postgres@${address}/postgres?sslmode=disable`,
    dump: () => db.dumpDataDir('gzip'),
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
