import { type Request, type Response } from 'express';
import { findAsset } from './document-assets.js';
import { type PdfJob, type PdfRenderer, type PdfUnavailableError } from './pdf-renderer.js';

/** A generated document, ready to send as HTML or to print. */
export interface RenderedDocument {
  html: string;
  /** The PDF's running footer; null for a page drawn edge to edge (a certificate). */
  footer: string | null;
  /** A4 landscape rather than portrait. */
  landscape?: boolean;
  /** The PDF's file name when saved. */
  filename: string;
}

// Slugs are kebab-case ASCII; anything else cannot exist, so it is not worth a query. Titles
// have no length limit and a seeded one makes a 217-character slug: the bound only keeps
// absurd addresses away from the database.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 500;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SLUG && SLUG.test(value);
}

// The documents need only their own stylesheet and fonts; a browser refuses anything else.
export const DOCUMENT_HEADERS = {
  'Cache-Control': 'no-cache',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
};

/**
 * Prints a document whose HTML version lives at `htmlPath` (under this router). The page gets
 * this server's own address, so its relative URLs point here; the renderer answers them in
 * process from the same assets the router serves.
 */
export function printDocument(
  renderer: PdfRenderer,
  req: Request,
  doc: RenderedDocument,
  htmlPath: string,
): Promise<Buffer> {
  return renderer.render(printJob(req, doc, htmlPath));
}

/** What the renderer needs to print `doc` as if it were loaded from `htmlPath`. */
export function printJob(req: Request, doc: RenderedDocument, htmlPath: string): PdfJob {
  const origin = `http://127.0.0.1:${req.socket.localPort ?? 80}`;
  const assetsPath = `${req.baseUrl}/assets/`;
  return {
    url: `${origin}${htmlPath}`,
    html: doc.html,
    footer: doc.footer,
    landscape: doc.landscape,
    resolve: async (url) =>
      url.pathname.startsWith(assetsPath)
        ? ((await findAsset(url.pathname.slice(assetsPath.length))) ?? null)
        : null,
  };
}

/** The PDF cannot be made now: 503, pointing at the HTML version. */
export function sendUnavailable(res: Response, error: PdfUnavailableError, htmlPath: string) {
  if (error.retryAfterSeconds) res.set('Retry-After', String(error.retryAfterSeconds));
  res.status(503).type('text/plain').send(`${error.message} The HTML version is at ${htmlPath}\n`);
}

/** The 404 of every non-HTML document address, the same for unknown and unpublished. */
export function sendPlainNotFound(res: Response) {
  res.status(404).type('text/plain').send('Not found.\n');
}
