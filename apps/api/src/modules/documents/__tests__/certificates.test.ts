import { existsSync } from 'node:fs';
import { type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import express from 'express';
import yauzl from 'yauzl';
import { OUTCOME_LABELS } from '@gpa/shared';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { silentLogger, startTestServer } from '../../../testing/test-server.js';
import { documentsRouter } from '../documents.router.js';
import { certificateFileNames, type CertificateEntry } from '../certificate.loader.js';
import { inOrder } from '../certificate-zip.js';
import { closePdfRenderer, DEFAULT_CHROMIUM_PATH, type PdfRenderer } from '../pdf-renderer.js';
import { htmlText, loadSeed, normalize } from './document-text.js';

/**
 * The certificates: what each one says, the ZIP of a competition's certificates, and who may
 * read them before publication (the secretariat) and after (everyone).
 */
const hasChromium = existsSync(DEFAULT_CHROMIUM_PATH);
const hasPdftotext = existsSync('/usr/bin/pdftotext');
const seed = loadSeed();
const countryName = new Map(seed.countries.map((c) => [c.code, c.name]));

const COMPETITION = 'asia-and-the-pacific-2018';
const FORUM = 'Regional Social Security Forum for Asia and the Pacific';
const AWARD = 'one-stop-service-through-four-social-insurance-information-systems';
const IRANIAN = 'comprehensive-e-services-more-effective-more-reliable';
const CERTIFICATE = (competition: string, practice: string, ext = 'html') =>
  `/documents/competitions/${competition}/certificates/${practice}.${ext}`;
const ZIP = (competition: string) => `/documents/competitions/${competition}/certificates.zip`;

let server: RunningServer;
let tmp: string;

/** GET with an optional session cookie. */
const get = (urlPath: string, cookie?: string | null) =>
  fetch(server.url + urlPath, cookie ? { headers: { cookie } } : {});

/** PDF text as a reader would copy it, one string per page. */
async function pdfPages(pdf: Buffer): Promise<string[]> {
  const file = path.join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim())
    .map(normalize);
}

/** The files of a ZIP, checked (CRC, sizes) by a reader that is not the writer. */
function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const files = new Map<string, Buffer>();
      zip.on('error', reject);
      zip.on('end', () => resolve(files));
      zip.on('entry', (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            files.set(entry.fileName, Buffer.concat(chunks));
            zip.readEntry();
          });
        });
      });
      zip.readEntry();
    });
  });
}

/** The page size in PDF points, from the first page's MediaBox. */
function mediaBox(pdf: Buffer): [number, number] {
  const match = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return [Number(match?.[1]), Number(match?.[2])];
}

beforeAll(async () => {
  server = await startTestServer();
  tmp = await mkdtemp(path.join(os.tmpdir(), 'gpa-certificates-'));
});
afterAll(async () => {
  await closePdfRenderer();
  await server?.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a certificate (HTML)', () => {
  it('names the outcome, the institution, its country, the practice and the forum', async () => {
    const response = await get(CERTIFICATE(COMPETITION, AWARD));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('href="../../../assets/documents.css"');
    const text = htmlText(html);
    for (const expected of [
      'Good Practice Awards',
      'Award',
      'National Pension Service',
      'Republic of Korea',
      '“One-stop service through four social insurance information systems”',
      'Asia and the Pacific 2018',
      FORUM,
    ]) {
      expect(text).toContain(expected);
    }
    expect(/<h1 class="cert-outcome">([\s\S]*?)<\/h1>/.exec(html)?.[1]?.trim()).toBe('Award');
  });

  it('prints each outcome’s own label', async () => {
    const byOutcome = new Map(seed.entries.map((e) => [e.outcome, e]));
    for (const [outcome, entry] of byOutcome) {
      const slug = (await server.database.dataSource.query(
        `SELECT slug FROM practice WHERE title = $1`,
        [entry.title],
      )) as { slug: string }[];
      const html = await (await get(CERTIFICATE(COMPETITION, slug[0]!.slug))).text();
      const heading = htmlText(/<h1 class="cert-outcome">([\s\S]*?)<\/h1>/.exec(html)![1]!);
      expect(heading).toBe(OUTCOME_LABELS[outcome!]);
      const text = htmlText(html);
      expect(text).toContain(entry.institution);
      expect(text).toContain(countryName.get(entry.countryCode)!);
      expect(text).toContain(normalize(entry.title));
    }
  });

  it('serves the entry with the longest title (a 217-character slug), and its sheet', async () => {
    const [row] = await server.database.dataSource.query(
      `SELECT slug FROM practice ORDER BY length(slug) DESC LIMIT 1`,
    );
    expect(row.slug.length).toBeGreaterThan(200);
    expect((await get(CERTIFICATE(COMPETITION, row.slug))).status).toBe(200);
    expect((await get(`/documents/practices/${row.slug}/sheet.html`)).status).toBe(200);
  });

  it('answers an unknown practice, one of another competition and a malformed address with 404', async () => {
    for (const urlPath of [
      CERTIFICATE(COMPETITION, 'no-such-practice'),
      CERTIFICATE('no-such-competition', AWARD),
      CERTIFICATE(COMPETITION, AWARD, 'txt'),
      CERTIFICATE(COMPETITION, 'A%20B'),
      `/documents/competitions/${COMPETITION}/certificates/${AWARD}`,
    ]) {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
    }
    expect((await get(CERTIFICATE(COMPETITION, 'nope', 'pdf'))).status).toBe(404);
  });
});

describe('file names', () => {
  it('are country-institution-title, cut at a word, unique within a competition', () => {
    const entry: CertificateEntry = {
      slug: 'x',
      title: 'Substitution of insurance booklets with electronic prescription',
      institutionName: 'Iranian Social Security Organization',
      countryName: 'Islamic Republic of Iran',
      outcome: 'CERTIFICATE_OF_MERIT',
    };
    const long = { ...entry, title: 'A very long title '.repeat(20) };
    const names = certificateFileNames([entry, entry, long]);
    expect(names[0]).toBe(
      'islamic-republic-of-iran-iranian-social-security-organization-substitution-of-insurance-booklets-with-electronic-prescription.pdf',
    );
    expect(names[1]).toBe(names[0]!.replace(/\.pdf$/, '-2.pdf'));
    expect(names[2]!.length).toBeLessThanOrEqual(154);
    expect(names[2]).toMatch(/^islamic-republic-of-iran-[a-z-]+[a-z]\.pdf$/);
  });
});

describe('rendering for the ZIP', () => {
  it('keeps at most `limit` renders running and yields them in order', async () => {
    let running = 0;
    let most = 0;
    const results: number[] = [];
    for await (const n of inOrder([5, 1, 4, 2, 3, 0], 2, async (delay, i) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, delay * 5));
      running -= 1;
      return i;
    })) {
      results.push(n);
    }
    expect(results).toEqual([0, 1, 2, 3, 4, 5]);
    expect(most).toBe(2);
  });
});

describe('the ZIP under load', () => {
  let app: Server;
  let url: string;
  let batches = 0;
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  // Stands in for Chromium: each batch waits until the test lets it go.
  const renderer = {
    async renderBatch(jobs: unknown[]) {
      batches += 1;
      await gate;
      return jobs.map(() => Buffer.from('%PDF-1.7\n'));
    },
  } as unknown as PdfRenderer;

  beforeAll(async () => {
    const router = documentsRouter({
      dataSource: server.database.dataSource,
      logger: silentLogger,
      pdfRenderer: renderer,
      maxConcurrentZips: 1,
    });
    app = express().use('/documents', router).listen(0, '127.0.0.1');
    await new Promise((resolve) => app.once('listening', resolve));
    url = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    release();
    await new Promise((resolve) => app.close(resolve));
  });

  it('answers HEAD without rendering anything', async () => {
    const response = await fetch(url + ZIP(COMPETITION), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(batches).toBe(0);
  });

  it('refuses another ZIP while one is being made, then finishes the first', async () => {
    const first = fetch(url + ZIP(COMPETITION));
    for (let i = 0; i < 500 && batches === 0; i += 1) await new Promise((r) => setTimeout(r, 10));
    expect(batches).toBeGreaterThan(0);
    const second = await fetch(url + ZIP(COMPETITION));
    expect(second.status).toBe(503);
    expect(second.headers.get('retry-after')).toBe('10');
    expect(await second.text()).toMatch(/^Too many certificate archives are being generated/);
    release();
    const done = await first;
    expect(done.status).toBe(200);
    const files = await unzip(Buffer.from(await done.arrayBuffer()));
    expect(files.size).toBe(76);
    // Eight certificates a batch: ten batches, whatever the order they finished in.
    expect(batches).toBe(10);
  });
});

describe.skipIf(!hasChromium)('certificate PDFs', () => {
  it.skipIf(!hasPdftotext)(
    'prints the Award certificate on one A4 landscape page with every name',
    { timeout: 60_000 },
    async () => {
      const response = await get(CERTIFICATE(COMPETITION, AWARD, 'pdf'));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        'inline; filename="republic-of-korea-national-pension-service-one-stop-service-through-four-social-insurance-information-systems.pdf"',
      );
      const pdf = Buffer.from(await response.arrayBuffer());
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const [width, height] = mediaBox(pdf);
      expect(Math.round(width)).toBeGreaterThan(Math.round(height));
      expect(Math.abs(width - 842) < 2 && Math.abs(height - 595.5) < 2).toBe(true);
      const pages = await pdfPages(pdf);
      expect(pages).toHaveLength(1);
      for (const expected of [
        'Award',
        'National Pension Service',
        'Republic of Korea',
        '“One-stop service through four social insurance information systems”',
        'Asia and the Pacific 2018',
        FORUM,
      ]) {
        expect(pages[0]).toContain(expected);
      }
    },
  );

  it.skipIf(!hasPdftotext)(
    'prints the Iranian certificate with its institution, country, title, outcome and forum',
    { timeout: 60_000 },
    async () => {
      const response = await get(CERTIFICATE(COMPETITION, IRANIAN, 'pdf'));
      expect(response.status).toBe(200);
      const pages = await pdfPages(Buffer.from(await response.arrayBuffer()));
      expect(pages).toHaveLength(1);
      for (const expected of [
        'Certificate of Merit',
        'Iranian Social Security Organization',
        'Islamic Republic of Iran',
        '“Comprehensive e-services: More effective, more reliable”',
        FORUM,
      ]) {
        expect(pages[0]).toContain(expected);
      }
      expect(pages[0]).not.toContain('Special Mention');
    },
  );

  it(
    'zips one PDF per decided entry, named by country, institution and title',
    { timeout: 180_000 },
    async () => {
      const response = await get(ZIP(COMPETITION));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${COMPETITION}-certificates.zip"`,
      );
      const files = await unzip(Buffer.from(await response.arrayBuffer()));
      expect(files.size).toBe(76);
      const decided = seed.entries.filter((e) => e.outcome);
      expect(decided).toHaveLength(76);
      for (const [name, body] of files) {
        expect(name).toMatch(/^[a-z0-9-]+\.pdf$/);
        expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      }
      expect(
        files.has(
          'islamic-republic-of-iran-iranian-social-security-organization-comprehensive-e-services-more-effective-more-reliable.pdf',
        ),
      ).toBe(true);
      // The award first, in the booklet's order.
      expect([...files.keys()][0]).toBe(
        'republic-of-korea-national-pension-service-one-stop-service-through-four-social-insurance-information-systems.pdf',
      );
      if (!hasPdftotext) return;
      // Every certificate is one page and names its entry, the longest titles included.
      const texts = new Map<string, string>();
      for (const [name, body] of files) {
        const pages = await pdfPages(body);
        expect(pages, name).toHaveLength(1);
        texts.set(name, pages[0]!);
      }
      const all = [...texts.values()];
      for (const entry of decided) {
        const title = `“${normalize(entry.title)}”`;
        const text = all.find((t) => t.includes(title));
        expect(text, entry.title).toBeDefined();
        expect(text).toContain(entry.institution);
        expect(text).toContain(countryName.get(entry.countryCode)!);
        expect(text).toContain(normalize(OUTCOME_LABELS[entry.outcome!]));
      }
    },
  );
});

describe('before publication', () => {
  const ids: { competition?: string; practice?: string; undecided?: string } = {};
  let secretariat: Client;
  let jury: Client;

  beforeAll(async () => {
    const ds = server.database.dataSource;
    const [institution] = await ds.query(
      `SELECT i.id FROM institution i WHERE i.name = 'Iranian Social Security Organization'`,
    );
    const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
    const [competition] = await ds.query(
      `INSERT INTO competition (slug, region, year, title, triennium_id, status, forum_name, forum_place, forum_date, version)
       VALUES ('africa-2031', 'AFRICA', 2031, 'Africa 2031', $1, 'DECIDED',
               'Regional Social Security Forum for Africa', 'Dakar, Senegal', '2031-11-12', 1)
       RETURNING id`,
      [triennium.id],
    );
    ids.competition = competition.id;
    const [practice] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, version)
       VALUES ('embargoed-certificate', $1, $2, 'Embargoed “quoted” practice — São Tomé', 1) RETURNING id`,
      [competition.id, institution.id],
    );
    ids.practice = practice.id;
    await ds.query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version)
       VALUES ($1, 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', 'Secret mention.', 1)`,
      [practice.id],
    );
    const [undecided] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, version)
       VALUES ('undecided-entry', $1, $2, 'Undecided entry', 1) RETURNING id`,
      [competition.id, institution.id],
    );
    ids.undecided = undecided.id;

    secretariat = new Client(server);
    const staff = await createUser(server, ['SECRETARIAT']);
    expect((await secretariat.signIn(staff.email)).errors).toBeUndefined();
    jury = new Client(server);
    const juror = await createUser(server, ['JURY']);
    expect((await jury.signIn(juror.email)).errors).toBeUndefined();
    await ds.query(
      `INSERT INTO jury_member (competition_id, position, description, user_id) VALUES ($1, 1, 'Test juror', $2)`,
      [competition.id, juror.id],
    );
  });

  afterAll(async () => {
    const ds = server.database.dataSource;
    await ds.query(`DELETE FROM jury_member WHERE competition_id = $1`, [ids.competition]);
    await ds.query(`DELETE FROM practice WHERE competition_id = $1`, [ids.competition]);
    await ds.query(`DELETE FROM competition WHERE id = $1`, [ids.competition]);
  });

  it('answers anonymous callers 404, exactly as for an unknown competition', async () => {
    const unknownHtml = await (await get(CERTIFICATE('no-such-competition', 'x'))).text();
    const html = await get(CERTIFICATE('africa-2031', 'embargoed-certificate'));
    expect(html.status).toBe(404);
    const body = await html.text();
    expect(body).toBe(unknownHtml);
    expect(body).not.toMatch(/Africa 2031|Embargoed|Dakar/);
    for (const urlPath of [
      CERTIFICATE('africa-2031', 'embargoed-certificate', 'pdf'),
      ZIP('africa-2031'),
    ]) {
      const response = await get(urlPath);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe('Not found.\n');
    }
    // And the booklet of the unpublished competition, in both forms.
    expect((await get('/documents/competitions/africa-2031/booklet.html')).status).toBe(404);
    expect((await get('/documents/competitions/africa-2031/booklet.pdf')).status).toBe(404);
  });

  it('gives jury members the public’s answer (the secretariat hands certificates out)', async () => {
    for (const urlPath of [
      CERTIFICATE('africa-2031', 'embargoed-certificate'),
      ZIP('africa-2031'),
    ]) {
      expect((await get(urlPath, jury.cookie)).status).toBe(404);
    }
  });

  it('serves the secretariat the certificate, kept out of shared caches', async () => {
    const response = await get(
      CERTIFICATE('africa-2031', 'embargoed-certificate'),
      secretariat.cookie,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('vary')).toContain('Cookie');
    const text = htmlText(await response.text());
    for (const expected of [
      'Certificate of Merit with Special Mention from the Jury',
      'Iranian Social Security Organization',
      'Islamic Republic of Iran',
      '“Embargoed “quoted” practice — São Tomé”',
      'Africa 2031',
      'Regional Social Security Forum for Africa',
      'Dakar, Senegal, 12 November 2031',
    ]) {
      expect(text).toContain(expected);
    }
    // An entry without a decision has no certificate.
    expect(
      (await get(CERTIFICATE('africa-2031', 'undecided-entry'), secretariat.cookie)).status,
    ).toBe(404);
  });

  it.skipIf(!hasChromium)(
    'serves the secretariat the PDF and a ZIP of the decided entries only',
    { timeout: 60_000 },
    async () => {
      const pdf = await get(
        CERTIFICATE('africa-2031', 'embargoed-certificate', 'pdf'),
        secretariat.cookie,
      );
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('cache-control')).toBe('private, no-store');
      const body = Buffer.from(await pdf.arrayBuffer());
      expect(body.subarray(0, 5).toString()).toBe('%PDF-');
      if (hasPdftotext) {
        const [page] = await pdfPages(body);
        expect(page).toContain('São Tomé');
        expect(page).toContain('Dakar, Senegal, 12 November 2031');
      }
      const zip = await get(ZIP('africa-2031'), secretariat.cookie);
      expect(zip.status).toBe(200);
      expect(zip.headers.get('cache-control')).toBe('private, no-store');
      const files = await unzip(Buffer.from(await zip.arrayBuffer()));
      expect([...files.keys()]).toEqual([
        'islamic-republic-of-iran-iranian-social-security-organization-embargoed-quoted-practice-sao-tome.pdf',
      ]);
    },
  );

  it('opens the certificates to everyone once the competition is published', async () => {
    const ds = server.database.dataSource;
    await ds.query(
      `UPDATE competition SET status = 'PUBLISHED', published_at = now() WHERE id = $1`,
      [ids.competition],
    );
    try {
      const response = await get(CERTIFICATE('africa-2031', 'embargoed-certificate'));
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(
        (await get(CERTIFICATE('africa-2031', 'embargoed-certificate'), jury.cookie)).status,
      ).toBe(200);
    } finally {
      await ds.query(
        `UPDATE competition SET status = 'DECIDED', published_at = NULL WHERE id = $1`,
        [ids.competition],
      );
    }
    expect((await get(CERTIFICATE('africa-2031', 'embargoed-certificate'))).status).toBe(404);
  });
});
