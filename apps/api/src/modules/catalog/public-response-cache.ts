import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { type FormattedExecutionResult } from 'graphql';
import { LRUCache } from 'lru-cache';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PublicDataVersion } from './public-data-version.js';

interface Entry {
  /** The answer as sent, serialized once; its length counts against the cache's size. */
  body: string;
  /** What `remember` keeps beside the text (a document's title, file name). */
  value?: unknown;
  /** The body's UTF-8 bytes, made on the first hit that sends them. */
  bytes?: Buffer;
}

/**
 * Answers to anonymous queries, kept until public data changes. Every change to a table the
 * public reads bumps public_data_version in its own transaction; before serving from memory a
 * request waits for a read of that number that started after the request arrived, and the
 * cache is emptied when it moved. So an answer is never older than a committed change, in any
 * process sharing the database. Requests that arrive together share one read
 * (PublicDataVersion), so a burst of hits costs a few primary-key reads, not one each.
 *
 * Three ways in: `keyOfHeld()` and `bytesOf()` let the anonymous lane answer a repeated anonymous
 * POST before Express and Apollo (the cheap path for hits), `plugin()` stores answers and serves
 * the requests the lane lets through (GET, other encodings), and `remember()` keeps anything
 * else made from public data only (the documents: a practice sheet, a results booklet).
 */
export class PublicResponseCache {
  private readonly entries: LRUCache<string, Entry>;
  /** The public_data_version the entries were computed at. */
  private version: string | null = null;
  hits = 0;
  misses = 0;

  /**
   * `maxEntries` answers, and at most `maxBytes` of them (UTF-16 code units of their JSON, about
   * bytes for this text): a search with its facets can be 300 KB, so the entry count alone would
   * not bound the memory a process grows to.
   */
  constructor(
    private readonly options: { maxEntries: number; maxBytes?: number; version: PublicDataVersion },
  ) {
    this.entries = new LRUCache({
      max: Math.max(options.maxEntries, 1),
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      sizeCalculation: (entry) => Math.max(entry.body.length, 1),
    });
  }

  /** The size of the answers held (see the constructor). */
  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.entries.calculatedSize };
  }

  /** Reads of public_data_version (fewer than hits + misses under concurrent load). */
  get versionReads() {
    return this.options.version.reads;
  }

  get enabled() {
    return this.options.maxEntries > 0;
  }

  invalidate() {
    this.entries.clear();
    this.version = null;
  }

  /** Reads the version and empties the cache if it moved; returns the version read. */
  private async check(): Promise<string> {
    const version = (await this.options.version.fresh()).public;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    return version;
  }

  /**
   * The value `compute` makes, kept under `key` until public data changes: for what is made from
   * public data only, whoever asks. `compute` answering null (not found) is not kept.
   */
  async remember<T>(
    key: string,
    compute: () => Promise<T | null>,
    /** The value's text, whose length counts against the cache's size. */
    text: (value: T) => string,
  ): Promise<T | null> {
    if (!this.enabled) return compute();
    const version = await this.check();
    const entry = this.entries.get(`remember:${key}`);
    if (entry) {
      this.hits += 1;
      return entry.value as T;
    }
    this.misses += 1;
    const value = await compute();
    // Kept only if nothing changed meanwhile (the cache was then emptied for a newer version).
    if (value && version === this.version)
      this.entries.set(`remember:${key}`, { body: text(value), value });
    return value;
  }

  private static key(query: unknown, operationName: unknown, variables: unknown): string {
    return createHash('sha256')
      .update(JSON.stringify([query, operationName ?? null, variables ?? {}]))
      .digest('base64url');
  }

  /**
   * The key of an anonymous POST's JSON body when this cache holds an answer for it, else null.
   * For the anonymous lane (http/anonymous-lane.ts), which answers such requests before Express.
   */
  keyOfHeld(body: unknown): string | null {
    if (!this.enabled || !body || typeof body !== 'object' || Array.isArray(body)) return null;
    const { query, operationName, variables } = body as Record<string, unknown>;
    if (typeof query !== 'string') return null;
    const key = PublicResponseCache.key(query, operationName, variables);
    return this.entries.has(key) ? key : null;
  }

  /**
   * The answer held under `key` as the bytes to send, after a read of the data version that
   * started after the call (null when that read emptied the cache: the data moved).
   */
  async bytesOf(key: string): Promise<Buffer | null> {
    await this.check();
    const entry = this.entries.get(key);
    if (!entry) return null;
    this.hits += 1;
    // Encoded once, on the first hit, ending in a newline as Apollo's answers do; no ETag (a
    // POST's answer is not revalidated).
    entry.bytes ??= Buffer.from(`${entry.body}\n`);
    return entry.bytes;
  }

  /** The Apollo plugin: serves and stores answers to anonymous queries without errors. */
  plugin(): ApolloServerPlugin<GraphQLContext> {
    return {
      requestDidStart: async ({ contextValue }) => {
        if (contextValue.viewer || !this.enabled) return;
        let key: string | null = null;
        let version: string | null = null;
        let hit = false;
        return {
          responseForOperation: async ({ request, operation }) => {
            if (operation.operation !== 'query' || !request.query) return null;
            // Read before the answer is computed: an answer stored under this number can only be
            // as new as, or newer than, the data it names.
            version = await this.check();
            key = PublicResponseCache.key(request.query, request.operationName, request.variables);
            const cached = this.entries.get(key);
            if (!cached) {
              this.misses += 1;
              return null;
            }
            this.hits += 1;
            hit = true;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: {
                kind: 'single',
                singleResult: JSON.parse(cached.body) as FormattedExecutionResult,
              },
            };
          },
          willSendResponse: async ({ response }) => {
            if (hit || !key || version !== this.version) return;
            if (response.body.kind !== 'single' || response.body.singleResult.errors) return;
            // An answer larger than the whole cache is not kept (lru-cache refuses it).
            this.entries.set(key, { body: JSON.stringify(response.body.singleResult) });
          },
        };
      },
    };
  }
}
