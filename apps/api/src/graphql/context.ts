import { type Request, type Response } from 'express';
import { type DataSource } from 'typeorm';
import { PublicCatalog } from '../modules/catalog/public-catalog.js';
import { PublicReadRepository } from '../modules/catalog/public-read.repository.js';
import { type Viewer } from '../modules/auth/viewer.js';
import { PracticeSearchRepository } from '../modules/practice/practice-search.repository.js';
import { type PracticeSearchIndex } from '../modules/practice/search-index/practice-search-index.js';
import { type Services } from '../services.js';

/** What every resolver receives. The catalog and its DataLoaders live for one request. */
export interface GraphQLContext {
  /** The public read path: published data only, whoever asks. */
  catalog: PublicCatalog;
  /** The signed-in person, or null. */
  viewer: Viewer | null;
  services: Services;
  requestId: string | null;
  /** Where the site is reached, for links in answers (PUBLIC_URL, or the request's origin). */
  publicUrl: string;
  client: { ip: string | null; userAgent: string | null };
  /** Sets or clears the session cookie on the response. */
  session: { set(token: string): void; clear(): void };
}

export interface SessionCookie {
  set(res: Response, token: string): void;
  clear(res: Response): void;
}

export function contextFactory(
  dataSource: DataSource,
  services: Services,
  cookie: SessionCookie,
  publicUrl: string | undefined,
  index: PracticeSearchIndex | null = null,
) {
  const read = new PublicReadRepository(dataSource);
  const search = new PracticeSearchRepository(dataSource);
  return ({ req, res }: { req: Request; res: Response }): GraphQLContext => ({
    catalog: new PublicCatalog(read, search, index),
    viewer: req.viewer ?? null,
    services,
    requestId: typeof req.id === 'string' ? req.id : req.id != null ? String(req.id) : null,
    publicUrl: publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`,
    client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
    session: { set: (token) => cookie.set(res, token), clear: () => cookie.clear(res) },
  });
}
