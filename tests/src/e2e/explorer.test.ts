import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { ROOT } from '../support/production-process.js';

const seed = JSON.parse(
  readFileSync(path.join(ROOT, 'seeds/data/asia-and-the-pacific-2018.json'), 'utf8'),
) as {
  entries: { title: string; outcome: string }[];
};

let browser: Browser;
let page: Page;
const outside: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!browserAvailable) return;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  const base = new URL(inject('baseUrl'));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.host !== base.host)
      outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

const url = (address: string) => `${inject('baseUrl')}${address}`;

/** Every page type, with what shows that it has finished loading. */
const PAGES: { name: string; address: string; ready: (p: Page) => Promise<unknown> }[] = [
  {
    name: 'home',
    address: '/',
    ready: (p) => p.locator('.tile__count').first().waitFor(),
  },
  {
    name: 'search',
    address: '/practices?q=mobile&country=IR',
    ready: (p) => p.getByText('2 practices found').waitFor(),
  },
  {
    name: 'search, nothing found',
    address: '/practices?q=moblie',
    ready: (p) => p.getByText('Did you mean').waitFor(),
  },
  {
    name: 'practice',
    address: '/practices/comprehensive-e-services-more-effective-more-reliable',
    ready: (p) => p.locator('.related').waitFor(),
  },
  {
    name: 'competition',
    address: '/competitions/asia-and-the-pacific-2018',
    ready: (p) => p.locator('section.results-group').nth(3).waitFor(),
  },
  {
    name: 'institution',
    address: '/institutions/national-pension-service',
    ready: (p) => p.locator('.practice-list').waitFor(),
  },
  {
    name: 'country',
    address: '/countries/KR',
    ready: (p) => p.locator('.practice-list').waitFor(),
  },
  {
    name: 'priority area',
    address: '/priority-areas/information-and-communication-technology',
    ready: (p) => p.locator('.practice-list').waitFor(),
  },
  {
    name: 'statistics',
    address: '/statistics',
    ready: (p) => p.locator('.world-map svg path').first().waitFor(),
  },
  {
    name: 'API',
    address: '/api',
    ready: (p) => p.locator('.graphiql-container .CodeMirror').first().waitFor(),
  },
  {
    name: 'not found',
    address: '/no/such/page',
    ready: (p) =>
      p.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor(),
  },
];

describe.skipIf(!browserAvailable)('the explorer in Chromium', () => {
  it('shows the 2018 competition with all 76 entries in the booklet sections, in its order', async () => {
    await page.goto(url('/competitions/asia-and-the-pacific-2018'));
    await page.getByRole('heading', { level: 1, name: 'Asia and the Pacific 2018' }).waitFor();
    await page.locator('section.results-group').nth(3).waitFor();
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.map((h) => h.replace(/\s*\(\d+\)$/, ''))).toEqual([
      'Introduction',
      'The Jury',
      'Priority areas 2017–2019',
      'Results',
      'Winning entry',
      'Certificates of Merit with Special Mention from the Jury',
      'Certificates of Merit',
      'Attestations',
    ]);
    const sections = await page.locator('section.results-group').evaluateAll((nodes) =>
      nodes.map((n) => ({
        heading: n.querySelector('h2')?.textContent ?? '',
        titles: [...n.querySelectorAll('ol.entries > li h3')].map(
          (h) => h.textContent?.trim() ?? '',
        ),
      })),
    );
    expect(sections.map((s) => s.titles.length)).toEqual([1, 19, 34, 22]);
    const outcomes = [
      'AWARD',
      'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
      'CERTIFICATE_OF_MERIT',
      'ATTESTATION',
    ];
    outcomes.forEach((outcome, i) => {
      expect(sections[i]!.titles).toEqual(
        seed.entries.filter((e) => e.outcome === outcome).map((e) => e.title),
      );
    });
    await page
      .getByText('There were 76 entries from 20 organizations in 15 countries.')
      .first()
      .waitFor();
    const booklet = page.getByRole('link', { name: 'PDF' }).first();
    expect(await booklet.getAttribute('href')).toBe(
      '/documents/competitions/asia-and-the-pacific-2018/booklet.pdf',
    );
  });

  it('searches for "mobile", narrows by a country and a priority area, opens a practice and comes back to the same list', async () => {
    await page.goto(url('/'));
    await page.getByRole('combobox', { name: 'Search good practices' }).fill('mobile');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL(/\/practices\?q=mobile/);
    await page.getByText(/7 practices found/).waitFor();
    for (const title of seed.entries.map((e) => e.title).filter((t) => /mobile/i.test(t))) {
      await page.getByRole('link', { name: title }).waitFor();
    }
    await page.getByRole('checkbox', { name: /Islamic Republic of Iran/ }).check();
    await page.waitForURL(/country=IR/);
    await page.getByText(/2 practices found/).waitFor();
    await page.getByRole('checkbox', { name: /Information and Communication Technology/ }).check();
    await page.waitForURL(/area=information-and-communication-technology/);
    await page.getByText(/2 practices found/).waitFor();
    const listUrl = page.url();
    await page.getByRole('link', { name: 'Social security mobile services' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Social security mobile services' })
      .waitFor();
    await page.goBack();
    await page.waitForURL(listUrl);
    await page.getByText(/2 practices found/).waitFor();
    expect(await page.getByRole('checkbox', { name: /Islamic Republic of Iran/ }).isChecked()).toBe(
      true,
    );
    expect(
      await page
        .getByRole('checkbox', { name: /Information and Communication Technology/ })
        .isChecked(),
    ).toBe(true);
  });

  it('shows the first institutions of a search and all 20 when the visitor asks', async () => {
    await page.goto(url('/practices'));
    await page.getByText(/76 practices found/).waitFor();
    const institutions = page.getByRole('group', { name: 'Institution' });
    expect(await institutions.getByRole('checkbox').count()).toBe(8);
    await institutions.getByRole('button', { name: /Show all 20/ }).click();
    await institutions.getByRole('checkbox').nth(19).waitFor();
    expect(await institutions.getByRole('checkbox').count()).toBe(20);
    await institutions.getByRole('button', { name: /Show fewer/ }).click();
    expect(await institutions.getByRole('checkbox').count()).toBe(8);
  });

  it('returns to the same place in a list on back, and starts a new page at its top', async () => {
    await page.goto(url('/practices'));
    await page.getByText(/76 practices found/).waitFor();
    const link = page.locator('.practice-list .card__title a').nth(12);
    await link.scrollIntoViewIfNeeded();
    const listY = await page.evaluate(() => window.scrollY);
    expect(listY).toBeGreaterThan(500);
    const title = (await link.textContent())!;
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.goBack();
    await page.getByText(/76 practices found/).waitFor();
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(listY);
  });

  it('suggests practices while typing and opens the one chosen with the keyboard', async () => {
    await page.goto(url('/practices'));
    const box = page.getByRole('combobox', { name: 'Search good practices' });
    await box.pressSequentially('mobi', { delay: 30 });
    const suggestions = page.getByRole('listbox', { name: 'Suggestions' });
    const option = suggestions.getByRole('option', { name: /Social security mobile services/ });
    await option.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    const options = await suggestions.getByRole('option').allTextContents();
    const index = options.findIndex((o) => o.startsWith('Social security mobile services'));
    for (let i = 0; i <= index; i++) await box.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    await page.waitForURL(/\/practices\/social-security-mobile-services$/);
    await page
      .getByRole('heading', { level: 1, name: 'Social security mobile services' })
      .waitFor();
  });

  it('offers the suggestion of "did you mean" when a misspelt search finds nothing', async () => {
    await page.goto(url('/practices?q=moblie'));
    await page.getByText('No practices match “moblie”').waitFor();
    await page.getByRole('link', { name: 'mobile', exact: true }).click();
    await page.waitForURL(/\/practices\?q=mobile$/);
    await page.getByText(/7 practices found/).waitFor();
  });

  it('exports the whole result set as CSV and as JSON', async () => {
    await page.goto(url('/practices?q=mobile'));
    await page.getByText(/7 practices found/).waitFor();
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the 7 results as CSV' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^practices-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync((await csv.path())!, 'utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'title,url,institution,institutionAcronym,country,countryCode,region,priorityAreas,outcome,competition,year,inOperationSince,summary',
    );
    expect(lines.filter((l) => /mobile services/.test(l)).length).toBeGreaterThan(0);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the 7 results as JSON' }).click(),
    ]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as {
      total: number;
      practices: { title: string; url: string }[];
    };
    expect(exported.total).toBe(7);
    expect(exported.practices).toHaveLength(7);
    expect(exported.practices.map((p) => p.title)).toContain('Social security mobile services');
  });

  it('shows a practice with its before/after figures, a citation and related practices', async () => {
    await page.goto(url('/practices/comprehensive-e-services-more-effective-more-reliable'));
    await page.locator('.related').waitFor();
    const row = page.getByRole('row', { name: /Average reduction in processing time of claims/ });
    expect((await row.allTextContents()).join(' ')).toMatch(/60 min\s*5 min/);
    expect(await page.locator('.cite__text').textContent()).toContain(
      'Iranian Social Security Organization (Islamic Republic of Iran). “Comprehensive e-services: More effective, more reliable”. Good Practice Awards, Asia and the Pacific 2018.',
    );
    await page.getByRole('heading', { name: 'From the same institution' }).waitFor();
    expect(
      await page.getByRole('link', { name: 'Practice sheet (PDF)' }).getAttribute('href'),
    ).toBe('/documents/practices/comprehensive-e-services-more-effective-more-reliable/sheet.pdf');
  });

  it('switches to French from the switcher, keeps it in the address, and formats numbers the French way', async () => {
    await page.goto(url('/'));
    await page.locator('.tile__count').first().waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.waitForURL(/\?lang=fr$/);
    await page
      .getByRole('heading', { level: 1, name: 'Bonnes pratiques en sécurité sociale' })
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // Content stays in the language it was written in, and says so to screen readers.
    const sentence = page.getByText('There were 76 entries from 20 organizations in 15 countries.');
    await sentence.waitFor();
    expect(await sentence.evaluate((el) => el.closest('[lang]')?.getAttribute('lang'))).toBe('en');
    await page.getByRole('link', { name: 'Rechercher des pratiques' }).click();
    await page.waitForURL(/\/practices\?lang=fr$/);
    await page.getByText('76 pratiques trouvées').waitFor();
    await page.getByRole('checkbox', { name: /Islamic Republic of Iran/ }).check();
    await page.waitForURL(/country=IR&lang=fr|lang=fr&country=IR/);
    await page.getByText('19 pratiques trouvées').waitFor();
    await page.reload();
    await page.getByText('19 pratiques trouvées').waitFor();

    // A shared link in German, and a locale-aware percentage on the statistics page.
    await page.goto(url('/statistics?lang=de'));
    await page.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await page.getByRole('button', { name: 'Datentabelle anzeigen' }).first().click();
    await page
      .getByRole('cell', { name: /^55,3\s%$/ })
      .first()
      .waitFor();
    await page.goto(url('/?lang=en'));
    await page
      .getByRole('heading', { level: 1, name: 'Good practices in social security' })
      .waitFor();
  });

  it('shows the statistics as charts with tables, and follows their filters in the address', async () => {
    await page.goto(url('/statistics'));
    await page.locator('.world-map svg path').first().waitFor();
    await page.getByText('76 practices counted').waitFor();
    const table = page.getByRole('table', { name: 'Practices by priority area' });
    expect(await table.getByRole('row', { name: /Service Quality/ }).textContent()).toMatch(
      /Service Quality42/,
    );
    await page
      .getByRole('combobox', { name: 'Competition' })
      .selectOption('asia-and-the-pacific-2018');
    await page.waitForURL(/competition=asia-and-the-pacific-2018/);
    await page.getByText('76 practices counted').waitFor();
  });

  it('can be used with the keyboard alone: the skip link leads to the page', async () => {
    await page.goto(url('/'));
    await page.locator('.tile__count').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  for (const viewport of [
    { label: 'desktop', width: 1280, height: 900 },
    { label: 'a 360 px phone', width: 360, height: 740 },
  ]) {
    it(`has no axe violations (WCAG 2.1 A and AA) on any page type, ${viewport.label}`, async () => {
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      try {
        for (const { name, address, ready } of PAGES) {
          await page.goto(url(address));
          await ready(page);
          const title = await page.title();
          expect(title, name).toMatch(/Good Practice Awards/);
          const description = await page
            .locator('meta[name="description"]')
            .getAttribute('content');
          expect(description?.length, name).toBeGreaterThan(20);
          await expectNoAxeViolations(page);
          // Nothing wider than the screen: the page scrolls only vertically.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${name} is wider than the screen`).toBeLessThanOrEqual(0);
        }
      } finally {
        await page.setViewportSize({ width: 1280, height: 900 });
      }
    });
  }

  it('gives each page its own title and description', async () => {
    const seen = new Map<string, string>();
    for (const { address, ready } of PAGES) {
      await page.goto(url(address));
      await ready(page);
      seen.set(address, await page.title());
    }
    expect(new Set(seen.values()).size).toBe(seen.size);
  });

  it('made no request to any outside host and logged no error', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
