import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORM_SECTIONS, type SeedFigure } from '@gpa/shared';
import { type RunningServer } from '../../../server.js';
import { startTestServer } from '../../../testing/test-server.js';
import {
  allText,
  hasSource,
  htmlText,
  loadSeed,
  normalize,
  plainTextPieces,
  readSource,
  SHEET_SOURCE,
  splitByHeadings,
} from './document-text.js';

/** The practice sheet of the Iranian practice, checked against the seed file and the printed sheet. */
const seed = loadSeed();
const practice = seed.entries.find((e) => e.sections)!;
const PATH =
  '/documents/practices/comprehensive-e-services-more-effective-more-reliable/sheet.html';

let server: RunningServer;
let html: string;
let sections: Map<string, string>;

beforeAll(async () => {
  server = await startTestServer();
  const response = await fetch(server.url + PATH);
  expect(response.status).toBe(200);
  html = await response.text();
  sections = splitByHeadings(html, /<h2>([\s\S]*?)<\/h2>/);
});

afterAll(async () => {
  await server?.close();
});

const sectionText = (heading: string) => htmlText(sections.get(heading) ?? '');

const number = new Intl.NumberFormat('en-US');
function expectedResult(f: SeedFigure): string {
  if (f.value) return f.value;
  const unit = f.unit ? ` ${f.unit}` : '';
  return `${number.format(f.before!)}${unit} → ${number.format(f.after!)}${unit}`;
}

/** The figures table as [group, indicator, result] rows. */
function tableRows(): string[][] {
  const table = /<table class="figures">([\s\S]*?)<\/table>/.exec(html)![1]!;
  return [...table.matchAll(/<tbody>([\s\S]*?)<\/tbody>/g)].flatMap((body) => {
    const group = allText(body[1]!, /<th colspan="2"[^>]*>([\s\S]*?)<\/th>/)[0] ?? '';
    return [
      ...body[1]!.matchAll(
        /<tr>\s*<td>([\s\S]*?)<\/td>\s*<td class="value">([\s\S]*?)<\/td>\s*<\/tr>/g,
      ),
    ].map((row) => [group, htmlText(row[1]!), htmlText(row[2]!)]);
  });
}

describe('the practice sheet (HTML)', () => {
  it('has the programme’s header, the title, the institution and the country', () => {
    const head = htmlText(html.slice(0, html.indexOf('<h2>')));
    expect(head).toContain(
      'Good Practice Awards Prix des bonnes pratiques Premios de buenas prácticas Preise für gute Praxis',
    );
    expect(head).toContain(
      'Good Practices in Social Security Good practice in operation since: 2015',
    );
    expect(allText(html, /<h1 class="sheet-title">([\s\S]*?)<\/h1>/)).toEqual([practice.title]);
    expect(head).toContain(`${practice.institution} Islamic Republic of Iran`);
    // The sheet is the programme's, not the association's.
    expect(htmlText(html)).not.toMatch(/International Social Security Association/i);
  });

  it('prints every section of the form in order, with its heading and italic prompt', async () => {
    expect([...sections.keys()]).toEqual(['Summary', ...FORM_SECTIONS.map((s) => s.heading)]);
    for (const form of FORM_SECTIONS) {
      expect(allText(sections.get(form.heading)!, /<p class="prompt">([\s\S]*?)<\/p>/)).toEqual([
        form.prompt,
      ]);
    }
    const css = await (await fetch(`${server.url}/documents/assets/documents.css`)).text();
    expect(css).toContain('.sheet .prompt { font-style: italic;');
  });

  it('prints the summary and every paragraph and list item of the answers', () => {
    expect(sectionText('Summary')).toContain(normalize(practice.summary!));
    for (const form of FORM_SECTIONS) {
      const written = practice.sections?.[form.key];
      for (const piece of plainTextPieces(written))
        expect(sectionText(form.heading)).toContain(piece);
    }
    // Nested bullets stay nested under their item.
    expect(sections.get('Addressing the challenge')).toMatch(
      /with the following features:\s*<ul>\s*<li>\s*Electronic registry of contributors and their dependents\.\s*<\/li>/,
    );
  });

  it('prints the result figures as a table: group, indicator, value or before → after', () => {
    expect(tableRows()).toEqual(
      practice.figures!.map((f) => [f.group ?? '', f.label, expectedResult(f)]),
    );
    expect(tableRows()).toContainEqual([
      'Issuance, renewal and delivery of the health insurance booklet by a “Startup app”',
      'Average reduction in processing time of claims',
      '60 min → 5 min',
    ]);
    expect(tableRows()).toHaveLength(25);
  });

  it('prints the lessons as three factors and three risk factors', () => {
    expect(sectionText('Lessons learned')).toContain(
      normalize(
        `Three factors: ${practice.successFactors!.join(' ')} Three risk factors: ${practice.risks!.join(' ')}`,
      ),
    );
  });

  it.skipIf(!hasSource(SHEET_SOURCE))('agrees with the printed sheet, line by line', () => {
    const printed = readSource(SHEET_SOURCE).split('\n');
    const clean = (line: string) =>
      normalize(line.replace(/^\s*(?:- |#+ )/, '').replace(/\*+/g, ''));
    let heading = '';
    const rows = tableRows();
    let checked = 0;
    for (const line of printed) {
      const text = clean(line);
      if (!text || text === '---' || text === 'issa') continue;
      if (/^#{2,3} /.test(line) && sections.has(text)) {
        heading = text;
        continue;
      }
      checked += 1;
      if (!heading) {
        // The header: the association's name block is replaced by the programme's.
        if (/SOCIAL SECURITY|SÉCURITÉ|SEGURIDAD|SICHERHEIT/.test(text)) continue;
        expect(htmlText(html.slice(0, html.indexOf('<h2>')))).toContain(text);
      } else if (heading !== 'Evaluating the results' || line.startsWith('*')) {
        expect(sectionText(heading)).toContain(text);
      } else if (!/: ./.test(text)) {
        // A group of figures (the printed sheet ends some with a colon).
        expect(rows.map((r) => r[0])).toContain(text.replace(/:$/, ''));
      } else {
        // "Indicator: value", or "Indicator before: 278,000" for a before/after pair.
        const [label, value] = text.split(/ ?: /) as [string, string];
        const indicator = label.replace(/ (before|after)$/, '');
        const result = value
          .replace(/(\d), (\d{3})/g, '$1,$2')
          .replace(/^from (.+) to (.+)$/, '$1 → $2');
        expect(rows.some(([, l, v]) => l === indicator && v!.includes(result))).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});
