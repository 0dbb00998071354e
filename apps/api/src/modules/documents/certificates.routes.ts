import { type NextFunction, type Request, type Response, type Router } from 'express';
import { type DataSource } from 'typeorm';
import { type SessionService } from '../account/session.service.js';
import { sessionMiddleware } from '../auth/session.middleware.js';
import {
  certificateFileNames,
  certificateFileStem,
  loadCertificateCompetition,
  loadCertificateEntries,
  type CertificateCompetition,
  type CertificateEntry,
} from './certificate.loader.js';
import { renderCertificate } from './certificate.template.js';
import { inOrder, streamZip } from './certificate-zip.js';
import {
  DOCUMENT_HEADERS,
  isSlug,
  printDocument,
  printJob,
  sendPlainNotFound,
  sendUnavailable,
  type RenderedDocument,
} from './document-http.js';
import { notFoundPage } from './document-layout.js';
import { PdfUnavailableError, type PdfRenderer } from './pdf-renderer.js';

export interface CertificateRoutesOptions {
  dataSource: DataSource;
  sessions?: SessionService;
  pdf: () => PdfRenderer;
  /** ZIPs made at a time by this process; more are refused with 503 (default 2). */
  maxConcurrentZips?: number;
}

/**
 * A ZIP's certificates are printed in batches (one page load each, see PdfRenderer.renderBatch),
 * at most two batches at a time: the shared renderer has two slots and queues other PDFs
 * between batches, so a ZIP never holds up the rest for long.
 */
const ZIP_CONCURRENCY = 2;
const ZIP_BATCH = 8;

const FILE = /^(.+)\.(html|pdf)$/;

/**
 * The certificates of a competition's decided entries:
 *   /competitions/{slug}/certificates/{practiceSlug}.html and .pdf, one A4 landscape page each;
 *   /competitions/{slug}/certificates.zip, every certificate's PDF, streamed.
 * Everyone may read them once the competition is published; before, only signed-in secretariat
 * users (see mayReadUnpublishedCertificates). Anyone else gets the 404 of an unknown address.
 */
export function certificateRoutes(router: Router, options: CertificateRoutesOptions): void {
  const { dataSource } = options;
  const maxZips = options.maxConcurrentZips ?? 2;
  let zipsRunning = 0;
  const viewer = options.sessions
    ? sessionMiddleware(options.sessions)
    : (req: Request, _res: Response, next: NextFunction) => {
        req.viewer = null;
        next();
      };

  const competitionOf = (req: Request) =>
    isSlug(req.params.slug)
      ? loadCertificateCompetition(dataSource, req.params.slug, req.viewer)
      : Promise.resolve(null);

  router.get('/competitions/:slug/certificates/:file', viewer, async (req, res) => {
    const file = FILE.exec(String(req.params.file));
    const practiceSlug = file?.[1];
    const competition = isSlug(practiceSlug) ? await competitionOf(req) : null;
    const [entry] = competition
      ? await loadCertificateEntries(dataSource, competition.id, practiceSlug)
      : [];
    res.set('Vary', 'Cookie');
    if (!competition || !entry) {
      if (file?.[2] === 'pdf') sendPlainNotFound(res);
      else res.status(404).set(DOCUMENT_HEADERS).type('html').send(notFoundPage());
      return;
    }
    const doc = certificateDocument(entry, competition);
    if (file![2] === 'html') {
      res.set(DOCUMENT_HEADERS).set(cacheControl(competition)).type('html').send(doc.html);
      return;
    }
    const htmlPath = `${req.baseUrl}${req.path.replace(/\.pdf$/, '.html')}`;
    let body: Buffer;
    try {
      body = await printDocument(options.pdf(), req, doc, htmlPath);
    } catch (error) {
      if (!(error instanceof PdfUnavailableError)) throw error;
      sendUnavailable(res, error, htmlPath);
      return;
    }
    res
      .type('application/pdf')
      .set(cacheControl(competition))
      .set('Content-Disposition', `inline; filename="${doc.filename}"`)
      .send(body);
  });

  router.get('/competitions/:slug/certificates.zip', viewer, async (req, res) => {
    const competition = await competitionOf(req);
    const entries = competition ? await loadCertificateEntries(dataSource, competition.id) : [];
    res.set('Vary', 'Cookie');
    if (!competition || !entries.length) {
      sendPlainNotFound(res);
      return;
    }
    const headers = {
      ...cacheControl(competition),
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="${competition.slug}-certificates.zip"`,
    };
    if (req.method === 'HEAD') {
      res.status(200).set(headers).end();
      return;
    }
    const base = `${req.baseUrl}/competitions/${competition.slug}/certificates`;
    // A ZIP costs one render per entry: a few at a time, so that published certificates cannot
    // be used to keep the renderer busy for everyone else.
    if (zipsRunning >= maxZips) {
      sendUnavailable(
        res,
        new PdfUnavailableError(
          'Too many certificate archives are being generated; try again shortly.',
          10,
        ),
        `${base}/${entries[0]!.slug}.html`,
      );
      return;
    }
    zipsRunning += 1;
    try {
      await sendZip(req, res, competition, entries, base, headers);
    } finally {
      zipsRunning -= 1;
    }
  });

  const sendZip = async (
    req: Request,
    res: Response,
    competition: CertificateCompetition,
    entries: CertificateEntry[],
    base: string,
    headers: Record<string, string>,
  ) => {
    const names = certificateFileNames(entries);
    const started = performance.now();
    const renderer = options.pdf();
    const batches: { entry: CertificateEntry; name: string }[][] = [];
    entries.forEach((entry, i) => {
      if (i % ZIP_BATCH === 0) batches.push([]);
      batches.at(-1)!.push({ entry, name: names[i]! });
    });
    const printed = inOrder(batches, ZIP_CONCURRENCY, async (batch) => {
      const pdfs = await renderer.renderBatch(
        batch.map(({ entry }) =>
          printJob(req, certificateDocument(entry, competition), `${base}/${entry.slug}.html`),
        ),
      );
      return batch.map(({ name }, i) => ({ name, body: pdfs[i]! }));
    });
    const files = (async function* () {
      for await (const batch of printed) yield* batch;
    })();
    // The first batch is made before answering, so that a server without Chromium (or too busy)
    // answers 503 rather than starting a download it cannot finish.
    let first;
    try {
      first = await files.next();
    } catch (error) {
      await files.return(undefined);
      if (!(error instanceof PdfUnavailableError)) throw error;
      sendUnavailable(res, error, `${base}/${entries[0]!.slug}.html`);
      return;
    }
    res.status(200).set(headers);
    try {
      await streamZip(res, files, first.done ? undefined : first.value);
    } catch (error) {
      req.log?.error({ err: error }, 'certificates ZIP cut short');
      return;
    }
    req.log?.info(
      { ms: Math.round(performance.now() - started), certificates: entries.length },
      'certificates ZIP sent',
    );
  };
}

function certificateDocument(
  entry: CertificateEntry,
  competition: CertificateCompetition,
): RenderedDocument {
  return {
    html: renderCertificate(entry, competition),
    footer: null,
    landscape: true,
    filename: `${certificateFileStem(entry)}.pdf`,
  };
}

/** Results under embargo are kept out of every cache; published ones revalidate like the rest. */
function cacheControl(competition: CertificateCompetition) {
  return {
    'Cache-Control': competition.status === 'PUBLISHED' ? 'no-cache' : 'private, no-store',
  };
}
