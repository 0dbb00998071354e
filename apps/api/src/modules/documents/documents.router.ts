import { Router, type Request, type RequestHandler } from 'express';
import { type DataSource } from 'typeorm';
import { type Logger } from 'pino';
import { type SessionService } from '../account/session.service.js';
import { PublicCatalog } from '../catalog/public-catalog.js';
import { type PublicResponseCache } from '../catalog/public-response-cache.js';
import { PublicReadRepository } from '../catalog/public-read.repository.js';
import { PracticeSearchRepository } from '../practice/practice-search.repository.js';
import { loadBooklet } from './booklet.loader.js';
import { renderBooklet } from './booklet.template.js';
import { certificateRoutes } from './certificates.routes.js';
import { findAsset } from './document-assets.js';
import {
  DOCUMENT_HEADERS,
  isSlug,
  printDocument,
  sendPlainNotFound,
  sendUnavailable,
  type RenderedDocument,
} from './document-http.js';
import { notFoundPage, PROGRAMME_NAME } from './document-layout.js';
import { PdfUnavailableError, sharedPdfRenderer, type PdfRenderer } from './pdf-renderer.js';
import { loadPracticeSheet } from './practice-sheet.loader.js';
import { renderPracticeSheet } from './practice-sheet.template.js';

export interface DocumentsRouterOptions {
  dataSource: DataSource;
  logger: Logger;
  /** Renders the PDFs; by default the process's shared renderer (see closePdfRenderer). */
  pdfRenderer?: PdfRenderer;
  /**
   * Resolves the console's session cookie for the certificates, which the secretariat may read
   * before publication. Without it every caller is anonymous.
   */
  sessions?: SessionService;
  /** Certificate ZIPs made at a time by this process (default 2). */
  maxConcurrentZips?: number;
  /**
   * Keeps the booklets and practice sheets until public data changes (they show published data
   * only, to everyone alike). Without it each is made on every request.
   */
  cache?: PublicResponseCache;
}

/**
 * /documents: the results booklet and the practice sheet, generated from published data (kept
 * by the public cache until that data changes, in any process), as HTML and as PDF, plus their
 * assets; and
 * the certificates of a competition's decided entries, one by one and as a ZIP.
 */
export function documentsRouter(options: DocumentsRouterOptions): Router {
  const { dataSource, logger } = options;
  const read = new PublicReadRepository(dataSource);
  const search = new PracticeSearchRepository(dataSource);
  // Per request, like the GraphQL context: the DataLoaders must not outlive one document.
  const catalog = () => new PublicCatalog(read, search);
  const pdf = () => options.pdfRenderer ?? sharedPdfRenderer(logger);
  const router = Router();

  router.get(
    '/assets/documents.css',
    serveAsset(() => 'documents.css'),
  );
  router.get(
    '/assets/fonts/:file',
    serveAsset((req) => `fonts/${req.params.file}`),
  );

  const kept = (kind: string, make: Load): Load => {
    const cache = options.cache;
    if (!cache) return make;
    return (slug) =>
      cache.remember(
        `${kind}:${slug}`,
        () => make(slug),
        (doc) => doc.html,
      );
  };
  const booklet = kept('booklet', async (slug) => {
    const data = await loadBooklet(catalog(), slug);
    if (!data) return null;
    return {
      html: renderBooklet(data),
      footer: `${PROGRAMME_NAME} – ${data.title}`,
      filename: `${data.slug}-booklet.pdf`,
    };
  });
  const sheet = kept('sheet', async (slug) => {
    const data = await loadPracticeSheet(catalog(), read, slug);
    if (!data) return null;
    return {
      html: renderPracticeSheet(data),
      footer: `${PROGRAMME_NAME} – ${data.title}`,
      filename: `${data.slug}.pdf`,
    };
  });

  router.get('/competitions/:slug/booklet.html', htmlRoute(booklet));
  router.get('/competitions/:slug/booklet.pdf', pdfRoute(booklet, pdf));
  router.get('/practices/:slug/sheet.html', htmlRoute(sheet));
  router.get('/practices/:slug/sheet.pdf', pdfRoute(sheet, pdf));
  certificateRoutes(router, {
    dataSource,
    sessions: options.sessions,
    pdf,
    maxConcurrentZips: options.maxConcurrentZips,
  });
  return router;
}

type Load = (slug: string) => Promise<RenderedDocument | null>;

function validSlug(req: Request): string | null {
  const slug = req.params.slug;
  return isSlug(slug) ? slug : null;
}

/** Unknown and unpublished documents get the very same answer. */
function htmlRoute(load: Load): RequestHandler {
  return async (req, res) => {
    const slug = validSlug(req);
    const doc = slug ? await load(slug) : null;
    res.set(DOCUMENT_HEADERS).type('html');
    if (!doc) {
      res.status(404).send(notFoundPage());
      return;
    }
    res.send(doc.html);
  };
}

function pdfRoute(load: Load, renderer: () => PdfRenderer): RequestHandler {
  return async (req, res) => {
    const slug = validSlug(req);
    const doc = slug ? await load(slug) : null;
    if (!doc) {
      sendPlainNotFound(res);
      return;
    }
    const htmlPath = `${req.baseUrl}${req.path.replace(/\.pdf$/, '.html')}`;
    const started = performance.now();
    let body: Buffer;
    try {
      body = await printDocument(renderer(), req, doc, htmlPath);
    } catch (error) {
      if (!(error instanceof PdfUnavailableError)) throw error;
      sendUnavailable(res, error, htmlPath);
      return;
    }
    req.log?.info({ ms: Math.round(performance.now() - started) }, 'pdf rendered');
    res
      .type('application/pdf')
      .set('Cache-Control', 'no-cache')
      .set('Content-Disposition', `inline; filename="${doc.filename}"`)
      .send(body);
  };
}

function serveAsset(name: (req: Request) => string): RequestHandler {
  return async (req, res) => {
    const asset = await findAsset(name(req));
    if (!asset) {
      res.status(404).type('text/plain').send('Not found.\n');
      return;
    }
    res
      .type(asset.contentType)
      // Fonts and the stylesheet change only with a deployment.
      .set('Cache-Control', 'public, max-age=3600')
      .set('X-Content-Type-Options', 'nosniff')
      .send(asset.body);
  };
}
