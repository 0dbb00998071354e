import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import { type Logger } from 'pino';
import { type GraphQLContext } from '../../graphql/context.js';

export const PUBLIC_CHANGED_CHANNEL = 'gpa_public_changed';

/**
 * Answers to anonymous queries, kept until public data changes. Every change to a table the
 * public reads notifies `gpa_public_changed` on commit; each process listens and empties its
 * cache at once. While the listening connection is down the cache is off, so it can never serve
 * an answer older than a change it missed.
 */
export class PublicResponseCache {
  private readonly entries: LRUCache<string, FormattedExecutionResult>;
  /** Bumped at every invalidation: an answer computed across one is not stored. */
  private generation = 0;
  private listening = false;
  private client: pg.Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  hits = 0;
  misses = 0;

  constructor(private readonly options: { url: string; maxEntries: number; logger: Logger }) {
    this.entries = new LRUCache({ max: Math.max(options.maxEntries, 1) });
  }

  get enabled() {
    return this.listening && this.options.maxEntries > 0;
  }

  async start(): Promise<void> {
    if (this.options.maxEntries <= 0) return;
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: 'gpa-cache-listener',
    });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.client = null;
      this.listening = false;
      this.invalidate();
      client.removeAllListeners();
      client.end().catch(() => undefined);
      if (this.stopped) return;
      this.options.logger.warn(
        { err: error },
        'public cache listener lost; cache off until it reconnects',
      );
      this.retry = setTimeout(() => void this.connect().catch(() => lost()), 1000);
      this.retry.unref();
    };
    this.client = client;
    client.on('error', lost);
    client.on('end', () => lost());
    client.on('notification', () => this.invalidate());
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANGED_CHANNEL}`);
      if (!(await this.notificationsArrive(client))) {
        // PGlite behind a socket, or a pooler in transaction mode, accept LISTEN but deliver
        // nothing: caching there would serve stale answers, so the cache stays off.
        this.options.logger.warn(
          'notifications do not arrive from other connections; the public cache is off',
        );
        this.client = null;
        client.removeAllListeners();
        await client.end().catch(() => undefined);
        return;
      }
      // Anything cached before LISTEN took effect may be stale.
      this.invalidate();
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }

  /** Sends a notification from another connection and waits for it to arrive on `listener`. */
  private async notificationsArrive(listener: pg.Client): Promise<boolean> {
    const probe = `probe-${process.pid}-${Date.now()}`;
    const arrived = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), 1000);
      listener.on('notification', (message) => {
        if (message.payload === probe) {
          clearTimeout(timer);
          resolve(true);
        }
      });
    });
    const sender = new pg.Client({
      connectionString: this.options.url,
      application_name: 'gpa-cache-probe',
    });
    try {
      await sender.connect();
      await sender.query(`SELECT pg_notify($1, $2)`, [PUBLIC_CHANGED_CHANNEL, probe]);
    } finally {
      await sender.end().catch(() => undefined);
    }
    return arrived;
  }

  invalidate() {
    this.generation += 1;
    this.entries.clear();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => undefined);
  }

  /** The Apollo plugin: serves and stores answers to anonymous queries without errors. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async ({ contextValue }) => {
        if (contextValue.viewer || !this.enabled) return;
        const generation = this.generation;
        let key: string | null = null;
        let hit = false;
        return {
          responseForOperation: async ({ request, operation }) => {
            if (operation.operation !== 'query' || !request.query) return null;
            key = createHash('sha256')
              .update(
                JSON.stringify([
                  request.query,
                  request.operationName ?? null,
                  request.variables ?? {},
                ]),
              )
              .digest('base64url');
            const cached = this.entries.get(key);
            if (!cached) {
              this.misses += 1;
              return null;
            }
            this.hits += 1;
            hit = true;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: cached },
            };
          },
          willSendResponse: async ({ response }) => {
            if (hit || !key || generation !== this.generation || !this.enabled) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            this.entries.set(key, response.body.singleResult);
          },
        };
      },
    };
  }
}
