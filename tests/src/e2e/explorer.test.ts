import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const base = new URL(inject('baseUrl'));
  page.on('request', (request) => {
    if (new URL(request.url()).host !== base.host) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(!browserAvailable)('the explorer in Chromium', () => {
  it('shows the 2018 competition with all 76 entries in the booklet sections', async () => {
    await page.goto(`${inject('baseUrl')}/competitions/asia-and-the-pacific-2018`);
    await page.getByRole('heading', { level: 1, name: 'Asia and the Pacific 2018' }).waitFor();
    await page.locator('section.results-group').last().waitFor();
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
  });

  it('searches for "mobile", narrows by a country, opens a practice and comes back to the same list', async () => {
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('searchbox').first().fill('mobile');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.waitForURL(/\/practices\?q=mobile/);
    await page.getByText(/7 practices found/).waitFor();
    for (const title of seed.entries.map((e) => e.title).filter((t) => /mobile/i.test(t))) {
      await page.getByRole('link', { name: title }).waitFor();
    }
    await page.getByRole('checkbox', { name: /Islamic Republic of Iran/ }).check();
    await page.waitForURL(/country=IR/);
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
  });

  it('made no request to any outside host and logged no error', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
