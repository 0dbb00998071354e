/**
 * Screenshots of every explorer page type, desktop (1280 px) and phone (360 px), into
 * docs/screenshots/explorer-*.png. Against a running production process:
 *   pnpm --filter @gpa/tests exec tsx src/perf/explorer-screenshots.ts http://127.0.0.1:4000
 */
import path from 'node:path';
import { type Page } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { ROOT } from '../support/production-process.js';

const base = process.argv[2] ?? 'http://127.0.0.1:4000';
const out = path.join(ROOT, 'docs/screenshots');

interface Shot {
  name: string;
  path: string;
  ready: (page: Page) => Promise<unknown>;
  fullPage?: boolean;
}

const shots: Shot[] = [
  {
    name: 'home',
    path: '/',
    ready: (p) => p.locator('.tile__count').first().waitFor(),
  },
  {
    name: 'search',
    path: '/practices?q=mobile',
    ready: (p) => p.getByText(/7 practices found/).waitFor(),
  },
  {
    name: 'search-empty',
    path: '/practices?q=moblie',
    ready: (p) => p.getByText('Did you mean').waitFor(),
  },
  {
    name: 'practice',
    path: '/practices/comprehensive-e-services-more-effective-more-reliable',
    ready: (p) => p.locator('.related').waitFor(),
  },
  {
    name: 'competition',
    path: '/competitions/asia-and-the-pacific-2018',
    ready: (p) => p.locator('section.results-group').nth(3).waitFor(),
    // 76 entries with their texts: the full page is too tall to be read as one picture.
    fullPage: false,
  },
  {
    name: 'institution',
    path: '/institutions/national-pension-service',
    ready: (p) => p.locator('.practice-list').waitFor(),
  },
  {
    name: 'country',
    path: '/countries/KR',
    ready: (p) => p.locator('.practice-list').waitFor(),
  },
  {
    name: 'priority-area',
    path: '/priority-areas/information-and-communication-technology',
    ready: (p) => p.locator('.practice-list').waitFor(),
  },
  {
    name: 'statistics',
    path: '/statistics',
    ready: (p) => p.locator('.world-map svg path').first().waitFor(),
  },
  {
    name: 'api',
    path: '/api',
    ready: (p) => p.locator('.graphiql-container .CodeMirror').first().waitFor(),
  },
  {
    name: 'home-fr',
    path: '/?lang=fr',
    ready: (p) => p.locator('.tile__count').first().waitFor(),
  },
  {
    name: 'not-found',
    path: '/no/such/page',
    ready: (p) => p.getByRole('heading', { level: 1 }).waitFor(),
  },
];

const only = process.argv[3]?.split(',');
const browser = await launchBrowser();
try {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 360, height: 740 }],
  ] as const) {
    const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const shot of shots) {
      if (only && !only.includes(shot.name)) continue;
      await page.goto(`${base}${shot.path}`);
      await shot.ready(page);
      await page.waitForTimeout(300);
      const file = path.join(out, `explorer-${shot.name}-${device}.png`);
      await page.screenshot({ path: file, fullPage: shot.fullPage ?? device === 'desktop' });
      console.log(file);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
