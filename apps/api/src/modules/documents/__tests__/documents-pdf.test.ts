import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { startTestServer } from '../../../testing/test-server.js';
import { findAsset } from '../document-assets.js';
import { closePdfRenderer, DEFAULT_CHROMIUM_PATH, PdfRenderer } from '../pdf-renderer.js';
import { loadSeed } from './document-text.js';

/** The PDFs, where this machine has Chromium (and pdftotext to read them back). */
const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
const hasPdftotext = existsSync('/usr/bin/pdftotext');
const seed = loadSeed();

/** PDF text as a reader would copy it: lines joined, words split at a line-end hyphen rejoined. */
function pdfNormalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(\p{L})-\s+(\p{L})/gu, '$1-$2')
    .replace(/\s+/g, ' ')
    .trim();
}

let server: RunningServer;
let tmp: string;

async function pdfText(pdf: Buffer): Promise<string[]> {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  // One string per page: pdftotext ends each page with a form feed.
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim());
}

async function getPdf(urlPath: string): Promise<Buffer> {
  const response = await fetch(server.url + urlPath);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  const body = Buffer.from(await response.arrayBuffer());
  expect(body.subarray(0, 5).toString()).toBe('%PDF-');
  return body;
}

beforeAll(async () => {
  server = await startTestServer();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gpa-pdf-'));
});
afterAll(async () => {
  await closePdfRenderer();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(!hasChromium)('the PDFs', () => {
  let booklet: Buffer;

  it('serves the booklet as a PDF', { timeout: 60_000 }, async () => {
    booklet = await getPdf('/documents/competitions/asia-and-the-pacific-2018/booklet.pdf');
  });

  it.skipIf(!hasPdftotext)(
    'prints every title and the results sentence, with numbered pages',
    async () => {
      const pages = await pdfText(booklet);
      const text = pdfNormalize(pages.join(' '));
      for (const entry of seed.entries) expect(text).toContain(pdfNormalize(entry.title));
      expect(text).toContain(
        'There were 76 entries from 20 organizations in 15 countries. The Jury decided to give the Award to the National Pension Service, Republic of Korea, for One-stop service through four social insurance information systems. The Jury also gave 53 Certificates of Merit, 19 of which received a special mention.',
      );
      expect(pages.length).toBeGreaterThan(10);
      pages.forEach((page, i) => expect(page).toContain(`${i + 1} / ${pages.length}`));
    },
  );

  it.skipIf(!hasPdftotext)(
    'serves the practice sheet as a PDF with its sections and figures',
    { timeout: 60_000 },
    async () => {
      const pdf = await getPdf(
        '/documents/practices/comprehensive-e-services-more-effective-more-reliable/sheet.pdf',
      );
      const text = pdfNormalize((await pdfText(pdf)).join(' '));
      for (const expected of [
        'Comprehensive e-services: More effective, more reliable',
        'Good practice in operation since: 2015',
        'Evaluating the results',
        'Average reduction in processing time of claims',
        '60 min → 5 min',
        '278,000 → 336,000',
        'Three risk factors:',
      ]) {
        expect(text).toContain(expected);
      }
    },
  );
});

describe.skipIf(!hasChromium)('the PDF renderer', () => {
  let outside: Server;
  let outsideHits = 0;
  let outsideUrl: string;

  beforeAll(async () => {
    outside = createServer((_req, res) => {
      outsideHits += 1;
      res.end('');
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => outside.once('listening', resolve));
    outsideUrl = `http://127.0.0.1:${(outside.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => outside.close(resolve));
  });

  it(
    'lets no request leave the page and renders at most two at a time',
    { timeout: 60_000 },
    async () => {
      const renderer = new PdfRenderer({ concurrency: 2 });
      let active = 0;
      let maxActive = 0;
      const served: string[] = [];
      const page = (n: number) => `<!doctype html><meta charset="utf-8">
        <link rel="stylesheet" href="style.css">
        <link rel="stylesheet" href="${outsideUrl}/evil.css">
        <style>@font-face { font-family: X; src: url(${outsideUrl}/font.woff2); } p { font-family: X; }</style>
        <p>Document ${n}</p>
        <img src="${outsideUrl}/tracker.png"><iframe src="${outsideUrl}/frame"></iframe>
        <script>fetch('${outsideUrl}/script')</script>`;
      try {
        const pdfs = await Promise.all(
          [1, 2, 3, 4, 5].map((n) =>
            renderer.render({
              url: `http://127.0.0.1:9/documents/${n}.html`,
              html: page(n),
              footer: `Document ${n}`,
              async resolve(url) {
                served.push(url.pathname);
                active += 1;
                maxActive = Math.max(maxActive, active);
                // Wait for a second render to reach this point too (unless none is left), then
                // hold on: a third one arriving now would show that the limit does not hold.
                const deadline = Date.now() + 5_000;
                while (active < 2 && served.length < 5 && Date.now() < deadline)
                  await new Promise((r) => setTimeout(r, 10));
                await new Promise((r) => setTimeout(r, 150));
                active -= 1;
                return { body: 'p { color: #123456; }', contentType: 'text/css' };
              },
            }),
          ),
        );
        for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        expect(outsideHits).toBe(0);
        expect(served.sort()).toEqual(Array(5).fill('/documents/style.css'));
        expect(maxActive).toBe(2);
      } finally {
        await renderer.close();
      }
    },
  );

  it.skipIf(!hasPdftotext)(
    'prints a batch in one page load, each document with its own body and the fonts it needs',
    { timeout: 60_000 },
    async () => {
      const renderer = new PdfRenderer({ concurrency: 1 });
      const requested: string[] = [];
      const doc = (n: number, text: string) => ({
        url: `http://127.0.0.1:9/documents/batch/${n}.html`,
        html: `<!doctype html><html><head><meta charset="utf-8"><title>Doc ${n}</title>
          <link rel="stylesheet" href="../assets/documents.css"></head>
          <body class="booklet"><p>${text}</p></body></html>`,
        footer: null,
        landscape: true,
        async resolve(url: URL) {
          requested.push(url.pathname);
          return (await findAsset(url.pathname.replace('/documents/assets/', ''))) ?? null;
        },
      });
      try {
        const pdfs = await renderer.renderBatch([
          doc(1, 'First document'),
          doc(2, 'Second document from São Tomé and Łódź'),
          doc(3, 'Third document'),
        ]);
        expect(pdfs).toHaveLength(3);
        const texts = await Promise.all(pdfs.map(async (pdf) => (await pdfText(pdf)).join(' ')));
        expect(texts.map((t) => pdfNormalize(t))).toEqual([
          'First document',
          'Second document from São Tomé and Łódź',
          'Third document',
        ]);
        // The stylesheet once; the Latin Extended face only when the second document needs it.
        expect(requested.filter((p) => p.endsWith('documents.css'))).toHaveLength(1);
        expect(requested).toContain(
          '/documents/assets/fonts/noto-serif-latin-ext-400-normal.woff2',
        );
      } finally {
        await renderer.close();
      }
    },
  );
});
