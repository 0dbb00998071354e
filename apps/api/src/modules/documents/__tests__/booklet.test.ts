import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Outcome, type SeedEntry } from '@gpa/shared';
import { type RunningServer } from '../../../server.js';
import { startTestServer } from '../../../testing/test-server.js';
import {
  allText,
  BOOKLET_SOURCE,
  hasSource,
  htmlText,
  loadSeed,
  normalize,
  plainTextPieces,
  readSource,
  splitByHeadings,
} from './document-text.js';

/** The results booklet as HTML, checked against the seed file and the printed booklet. */
const seed = loadSeed();
const countryName = new Map(seed.countries.map((c) => [c.code, c.name]));
const PATH = '/documents/competitions/asia-and-the-pacific-2018/booklet.html';

const SECTIONS: { heading: string; outcome: Outcome; juryLead?: string }[] = [
  { heading: 'WINNING ENTRY', outcome: 'AWARD', juryLead: 'Jury’s comment:' },
  {
    heading: 'CERTIFICATES OF MERIT WITH SPECIAL MENTION FROM THE JURY',
    outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
    juryLead: 'Special mention from the Jury:',
  },
  { heading: 'CERTIFICATES OF MERIT', outcome: 'CERTIFICATE_OF_MERIT' },
  { heading: 'ATTESTATIONS', outcome: 'ATTESTATION' },
];

const origin = (e: SeedEntry) => `${countryName.get(e.countryCode)}: ${e.institution}`;
const areasLine = (e: SeedEntry) =>
  `${e.priorityAreas.length === 1 ? 'Priority area:' : 'Priority areas:'} ${e.priorityAreas.join(', ')}`;

let server: RunningServer;
let html: string;
let text: string;
let parts: Map<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(server.url + PATH);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
  html = await response.text();
  text = htmlText(html);
  parts = splitByHeadings(html, /<h1 class="part-title">([\s\S]*?)<\/h1>/);
});

afterAll(async () => {
  await server?.close();
});

describe('the results booklet (HTML)', () => {
  it('has the cover, the contents and the parts in the booklet’s order', () => {
    const cover = htmlText(
      html.slice(html.indexOf('<header class="cover">'), html.indexOf('</header>')),
    );
    expect(cover).toContain('Good Practice Awards');
    expect(cover).toContain(seed.competition.title);
    expect(cover).toContain(seed.competition.forumName!);
    expect([...parts.keys()]).toEqual(['INTRODUCTION', ...SECTIONS.map((s) => s.heading)]);
    const contents = allText(html, /<nav class="toc"[\s\S]*?<ol>([\s\S]*?)<\/ol>/)[0]!;
    expect(contents).toContain('Winning entry 1 entry');
    expect(contents).toContain(
      'Certificates of Merit with Special Mention from the Jury 19 entries',
    );
    expect(contents).toContain('Certificates of Merit 34 entries');
    expect(contents).toContain('Attestations 22 entries');
  });

  it('prints the introduction, the jury, the priority areas and the portal note', () => {
    const intro = htmlText(parts.get('INTRODUCTION')!);
    for (const piece of [
      ...plainTextPieces(seed.competition.introduction),
      'The Good Practice Award Jury',
      ...plainTextPieces(seed.competition.juryIntroduction),
      'ISSA Good Practice Awards priority areas 2017–2019',
      'Results of the ISSA Good Practice Awards – Asia and the Pacific 2018',
      'Good Practices on the ISSA Web Portal',
      ...plainTextPieces(seed.competition.portalNote),
    ]) {
      expect(intro).toContain(piece);
    }
    const list = /<ul class="priority-areas">([\s\S]*?)<\/ul>/.exec(parts.get('INTRODUCTION')!);
    const listed = allText(list?.[1] ?? '', /<li>([\s\S]*?)<\/li>/);
    expect(listed).toEqual(seed.triennium.priorityAreas);
    expect(listed).toHaveLength(12);
  });

  it('states the results sentence, computed from the entries', () => {
    const results = allText(html, /<p class="results">([\s\S]*?)<\/p>/);
    expect(results).toEqual([
      'There were 76 entries from 20 organizations in 15 countries. The Jury decided to give the Award to the National Pension Service, Republic of Korea, for One-stop service through four social insurance information systems. The Jury also gave 53 Certificates of Merit, 19 of which received a special mention.',
    ]);
  });

  it('lists all 76 entries, each in its outcome’s part, in the booklet’s order', () => {
    let total = 0;
    for (const section of SECTIONS) {
      const part = parts.get(section.heading)!;
      const expected = seed.entries.filter((e) => e.outcome === section.outcome);
      expect(allText(part, /<h3 class="entry-title">([\s\S]*?)<\/h3>/)).toEqual(
        expected.map((e) => normalize(e.title)),
      );
      expect(allText(part, /<p class="entry-origin">([\s\S]*?)<\/p>/)).toEqual(
        expected.map(origin),
      );
      expect(allText(part, /<p class="entry-areas">([\s\S]*?)<\/p>/)).toEqual(
        expected.map(areasLine),
      );
      total += expected.length;
    }
    expect(total).toBe(76);
    expect(new Set(seed.entries.map((e) => e.institution)).size).toBe(20);
    for (const institution of seed.institutions) expect(text).toContain(institution.name);
  });

  it('prints the summary and the jury’s text of the Award and of every special mention', () => {
    for (const section of SECTIONS.filter((s) => s.juryLead)) {
      const articles = allText(parts.get(section.heading)!, /(<article[\s\S]*?<\/article>)/);
      const expected = seed.entries.filter((e) => e.outcome === section.outcome);
      expect(articles).toHaveLength(expected.length);
      expected.forEach((entry, i) => {
        const article = articles[i]!;
        expect(article).toContain(`Summary: ${plainTextPieces(entry.summary)[0]}`);
        for (const piece of plainTextPieces(entry.summary)) expect(article).toContain(piece);
        expect(article).toContain(`${section.juryLead} ${plainTextPieces(entry.juryText)[0]}`);
        for (const piece of plainTextPieces(entry.juryText)) expect(article).toContain(piece);
      });
    }
    // Certificates of Merit and Attestations are listed without texts, as in the booklet.
    expect(parts.get('CERTIFICATES OF MERIT')).not.toContain('Summary:');
  });

  it('reads the booklet in a few statements, not one per entry', async () => {
    const ds = server.database.dataSource;
    const original = ds.query;
    const statements: string[] = [];
    ds.query = ((sql: string, ...rest: unknown[]) => {
      statements.push(sql);
      return (original as (...args: unknown[]) => Promise<unknown>).call(ds, sql, ...rest);
    }) as typeof ds.query;
    try {
      expect((await fetch(server.url + PATH)).status).toBe(200);
    } finally {
      ds.query = original;
    }
    // Competitions, triennium areas, stats, entries, then one batch each for institutions,
    // countries and priority areas.
    expect(statements.length).toBeLessThanOrEqual(7);
  });

  it.skipIf(!hasSource(BOOKLET_SOURCE))('agrees with the printed booklet', () => {
    const source = readSource(BOOKLET_SOURCE);
    const printed = normalize(source);
    // The results sentence, as printed (line breaks aside).
    const sentence = allText(html, /<p class="results">([\s\S]*?)<\/p>/)[0]!;
    expect(printed).toContain(sentence);
    // The priority areas, as the printed bullets list them.
    const bullets = source
      .split('\n')
      .filter((l) => l.startsWith('•\t'))
      .map((l) => normalize(l.slice(2)));
    expect(bullets.slice(0, 12)).toEqual(seed.triennium.priorityAreas);
    // Every "Country: Institution" line of the printed booklet is printed here too.
    const origins = new Set(seed.entries.map(origin));
    const printedOrigins = source
      .split('\n')
      .map(normalize)
      .filter((l) => origins.has(l));
    expect(printedOrigins.length).toBe(76);
    for (const line of printedOrigins) expect(text).toContain(line);
    for (const heading of SECTIONS.map((s) => s.heading)) expect(printed).toContain(heading);
  });
});
