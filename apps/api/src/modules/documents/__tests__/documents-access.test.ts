import { type AddressInfo } from 'node:net';
import { type Server } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningServer } from '../../../server.js';
import { silentLogger, startTestServer } from '../../../testing/test-server.js';
import { documentsRouter } from '../documents.router.js';
import { PdfRenderer } from '../pdf-renderer.js';
import { htmlText } from './document-text.js';

/**
 * Who may see what: unknown and unpublished documents answer the same 404, text from the
 * database is always escaped, the assets are served from this server only, and a missing
 * Chromium costs the PDF but not the HTML.
 */
const BOOKLET = (slug: string, ext = 'html') => `/documents/competitions/${slug}/booklet.${ext}`;
const SHEET = (slug: string, ext = 'html') => `/documents/practices/${slug}/sheet.${ext}`;
const PUBLISHED_BOOKLET = BOOKLET('asia-and-the-pacific-2018');

let server: RunningServer;
const get = (path: string) => fetch(server.url + path);

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe('unpublished and unknown documents', () => {
  const ids: { competition?: string; hidden?: string; draft?: string } = {};

  beforeAll(async () => {
    const ds = server.database.dataSource;
    const [country] = await ds.query(`SELECT id FROM country WHERE code = 'KR'`);
    const [institution] = await ds.query(
      `INSERT INTO institution (slug, name, country_id) VALUES ('embargoed-fund', 'Embargoed Fund', $1) RETURNING id`,
      [country.id],
    );
    const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
    const [competition] = await ds.query(
      `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
       VALUES ('asia-and-the-pacific-2019', 'ASIA_PACIFIC', 2019, 'Asia and the Pacific 2019', $1, 'DECIDED', 1)
       RETURNING id`,
      [triennium.id],
    );
    ids.competition = competition.id;
    const [hidden] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
       VALUES ('embargoed-practice', $1, $2, 'Embargoed practice', 'Secret summary.', 1) RETURNING id`,
      [competition.id, institution.id],
    );
    ids.hidden = hidden.id;
    await ds.query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version) VALUES ($1, 'AWARD', 'Secret comment.', 1)`,
      [hidden.id],
    );
    // A draft entry of the published competition is not published either.
    const [published] = await ds.query(
      `SELECT id FROM competition WHERE slug = 'asia-and-the-pacific-2018'`,
    );
    const [draft] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, status, version)
       VALUES ('draft-practice', $1, $2, 'Draft practice', 'DRAFT', 1) RETURNING id`,
      [published.id, institution.id],
    );
    ids.draft = draft.id;
  });

  afterAll(async () => {
    const ds = server.database.dataSource;
    await ds.query(`DELETE FROM practice WHERE id = ANY($1::uuid[])`, [[ids.hidden, ids.draft]]);
    await ds.query(`DELETE FROM competition WHERE id = $1`, [ids.competition]);
    await ds.query(`DELETE FROM institution WHERE slug = 'embargoed-fund'`);
  });

  it('answers an unpublished competition’s booklet exactly as an unknown one', async () => {
    const unknown = await get(BOOKLET('no-such-competition'));
    const unpublished = await get(BOOKLET('asia-and-the-pacific-2019'));
    expect(unknown.status).toBe(404);
    expect(unpublished.status).toBe(404);
    expect(unpublished.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const body = await unpublished.text();
    expect(body).toBe(await unknown.text());
    expect(htmlText(body)).toContain('Document not found');
    expect(body).not.toMatch(/Asia and the Pacific 2019|Embargoed|Secret/);
  });

  it('answers an unpublished booklet’s PDF with a plain 404', async () => {
    for (const path of [BOOKLET('asia-and-the-pacific-2019', 'pdf'), BOOKLET('nope', 'pdf')]) {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(await response.text()).toBe('Not found.\n');
    }
  });

  it('answers unpublished and draft practices’ sheets exactly as an unknown one', async () => {
    const unknown = await (await get(SHEET('no-such-practice'))).text();
    for (const slug of ['embargoed-practice', 'draft-practice']) {
      const html = await get(SHEET(slug));
      expect(html.status).toBe(404);
      expect(await html.text()).toBe(unknown);
      const pdf = await get(SHEET(slug, 'pdf'));
      expect(pdf.status).toBe(404);
      expect(await pdf.text()).toBe('Not found.\n');
    }
  });

  it('leaves a draft entry out of its published competition’s booklet', async () => {
    const html = await (await get(PUBLISHED_BOOKLET)).text();
    expect(html).not.toContain('Draft practice');
    expect(html).toContain('There were 76 entries from 20 organizations in 15 countries.');
  });

  it('answers malformed slugs with the same 404', async () => {
    for (const slug of ['ASIA', 'a..b', 'a_b', '-a', 'x'.repeat(201), '%3Cscript%3E']) {
      const response = await get(BOOKLET(slug));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('script');
    }
  });
});

describe('escaping', () => {
  const TITLE = '<img src=x onerror=alert(1)>';
  let practiceId: string;

  beforeAll(async () => {
    const ds = server.database.dataSource;
    const [row] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, version)
       SELECT 'img-src-x-onerror-alert-1', c.id, i.id, $1, $2, 1
         FROM competition c, institution i
        WHERE c.slug = 'asia-and-the-pacific-2018' AND i.name = 'National Pension Service'
       RETURNING id`,
      [TITLE, 'Before </p><script>alert("summary")</script> & after.\n\n- "quoted" <b>item</b>'],
    );
    practiceId = row.id;
    await ds.query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version)
       VALUES ($1, 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', $2, 1)`,
      [practiceId, `It's <iframe src="javascript:alert(2)"></iframe>`],
    );
    await ds.query(
      `INSERT INTO practice_section (practice_id, key, body) VALUES ($1, 'issue', '<svg onload=alert(3)>')`,
      [practiceId],
    );
  });

  afterAll(async () => {
    await server.database.dataSource.query(`DELETE FROM practice WHERE id = $1`, [practiceId]);
  });

  it('prints markup from the database as text, in the booklet and in the sheet', async () => {
    for (const path of [PUBLISHED_BOOKLET, SHEET('img-src-x-onerror-alert-1')]) {
      const response = await get(path);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).not.toMatch(/<img|<script|<iframe|<svg|<b>/i);
      expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
      const text = htmlText(html);
      expect(text).toContain(TITLE);
      expect(text).toContain('Before </p><script>alert("summary")</script> & after.');
      expect(text).toContain('"quoted" <b>item</b>');
      expect(text).toContain(`It's <iframe src="javascript:alert(2)"></iframe>`);
      // And a browser would refuse to run a script even if one slipped through.
      expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });
});

describe('assets', () => {
  it('serves the stylesheet and every font it names from this server, relative to the documents', async () => {
    const html = await (await get(PUBLISHED_BOOKLET)).text();
    expect(html).toMatch(/<link rel="stylesheet" href="\.\.\/\.\.\/assets\/documents\.css"\s*\/?>/);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    const css = await get('/documents/assets/documents.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const stylesheet = await css.text();
    expect(stylesheet).not.toMatch(/url\((?:['"])?(?:https?:)?\/\//);
    const fonts = [...stylesheet.matchAll(/url\((fonts\/[^)]+)\)/g)].map((m) => m[1]!);
    // Latin Extended is there for the diacritics, Latin for the typographic quotes and dashes.
    expect(fonts).toContain('fonts/noto-serif-latin-ext-400-normal.woff2');
    expect(fonts).toContain('fonts/noto-sans-latin-700-normal.woff2');
    expect(stylesheet).toMatch(/U\+0000-00FF,[^;]*U\+2000-206F/);
    for (const font of fonts) {
      const response = await get(`/documents/assets/${font}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('font/woff2');
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 4)
          .toString(),
      ).toBe('wOF2');
    }
  });

  it('serves nothing else', async () => {
    for (const path of ['fonts/package.json', 'fonts/..%2F..%2Fpackage.json', 'fonts/x.woff2']) {
      expect((await get(`/documents/assets/${path}`)).status).toBe(404);
    }
  });
});

describe('without Chromium', () => {
  let app: Server;
  let url: string;

  beforeAll(async () => {
    const router = documentsRouter({
      dataSource: server.database.dataSource,
      logger: silentLogger,
      pdfRenderer: new PdfRenderer({ executablePath: '/nonexistent/chromium' }),
    });
    app = express().use('/documents', router).listen(0, '127.0.0.1');
    await new Promise((resolve) => app.once('listening', resolve));
    url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => app.close(resolve));
  });

  it('answers the PDF with 503 and a clear message, and the HTML as usual', async () => {
    const pdf = await fetch(url + BOOKLET('asia-and-the-pacific-2018', 'pdf'));
    expect(pdf.status).toBe(503);
    expect(pdf.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await pdf.text()).toBe(
      'PDF generation is unavailable on this server: Chromium was not found at /nonexistent/chromium. The HTML version is at /documents/competitions/asia-and-the-pacific-2018/booklet.html\n',
    );
    expect((await fetch(url + PUBLISHED_BOOKLET)).status).toBe(200);
    expect((await fetch(url + BOOKLET('nope', 'pdf'))).status).toBe(404);
  });

  it('answers the certificates’ ZIP with 503 before any byte of the archive', async () => {
    const zip = await fetch(
      url + '/documents/competitions/asia-and-the-pacific-2018/certificates.zip',
    );
    expect(zip.status).toBe(503);
    expect(zip.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await zip.text()).toMatch(
      /^PDF generation is unavailable on this server: Chromium was not found at \/nonexistent\/chromium\. The HTML version is at \/documents\/competitions\/asia-and-the-pacific-2018\/certificates\/[a-z0-9-]+\.html\n$/,
    );
  });
});
