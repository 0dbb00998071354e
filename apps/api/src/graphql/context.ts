import { type ServerResponse } from 'node:http';
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
  set(res: ServerResponse, token: string): void;
  clear(res: ServerResponse): void;
}

/** What a context is made from: the same whether Express or the anonymous lane took the request. */
export interface RequestFacts {
  res: ServerResponse;
  viewer: Viewer | null;
  requestId: string | null;
  /** The request's own origin (protocol and host), for links when PUBLIC_URL is not set. */
  origin: string;
  ip: string | null;
  userAgent: string | null;
}

/** The facts of a request Express took (after the session middleware). */
export function expressFacts(req: Request, res: Response): RequestFacts {
  return {
    res,
    viewer: req.viewer ?? null,
    requestId: typeof req.id === 'string' ? req.id : req.id != null ? String(req.id) : null,
    origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
    ip: req.ip ?? null,
    userAgent: req.get('user-agent') ?? null,
  };
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
  return (facts: RequestFacts): GraphQLContext => ({
    catalog: new PublicCatalog(read, search, index),
    viewer: facts.viewer,
    services,
    requestId: facts.requestId,
    publicUrl: publicUrl ?? facts.origin,
    client: { ip: facts.ip, userAgent: facts.userAgent },
    session: {
      set: (token) => cookie.set(facts.res, token),
      clear: () => cookie.clear(facts.res),
    },
  });
}
