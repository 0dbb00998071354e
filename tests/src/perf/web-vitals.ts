/**
 * Largest contentful paint and cumulative layout shift of the explorer's home, search and
 * practice pages, in headless Debian Chromium, against the production process.
 *
 *   pnpm --filter @gpa/tests exec tsx src/perf/web-vitals.ts              # starts its own
 *   pnpm --filter @gpa/tests exec tsx src/perf/web-vitals.ts http://127.0.0.1:4000 [runs]
 *
 * Each run is a fresh browser context (empty cache, like a first visit); the figures are the
 * median of the runs. Targets (issue 4): LCP under 1 s, CLS under 0.05.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startProductionProcess, type ProductionProcess } from '../support/production-process.js';

const PAGES = [
  { name: 'home', path: '/', ready: '.tile__count' },
  { name: 'search', path: '/practices?q=mobile', ready: '.practice-list' },
  {
    name: 'practice',
    path: '/practices/comprehensive-e-services-more-effective-more-reliable',
    ready: '.practice h1',
  },
] as const;

/** Collects LCP and CLS as the page loads; read back with `window.__vitals`. */
const OBSERVE = `
  window.__vitals = { lcp: 0, cls: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__vitals.lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__vitals.cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
`;

interface Sample {
  lcp: number;
  cls: number;
  ttfb: number;
}

async function measure(browser: Browser, url: string, ready: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor();
    // Let late shifts and the final LCP candidate be reported.
    await page.waitForTimeout(1000);
    return await page.evaluate(() => {
      const vitals = (window as unknown as { __vitals: { lcp: number; cls: number } }).__vitals;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { lcp: vitals.lcp, cls: vitals.cls, ttfb: nav.responseStart };
    });
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

let server: ProductionProcess | undefined;
let dataDir: string | undefined;
let base = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
if (!base) {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'gpa-vitals-'));
  server = await startProductionProcess({ DATA_DIR: dataDir });
  base = server.url;
}

const browser = await launchBrowser();
try {
  // One visit first so that the server's own caches are warm, as for any visitor after the first.
  for (const p of PAGES) await measure(browser, `${base}${p.path}`, p.ready);
  console.log(`LCP and CLS, median of ${runs} cold visits each (${base}, headless Chromium)`);
  console.log('page       LCP ms   CLS      TTFB ms');
  let ok = true;
  for (const p of PAGES) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++)
      samples.push(await measure(browser, `${base}${p.path}`, p.ready));
    const lcp = median(samples.map((s) => s.lcp));
    const cls = median(samples.map((s) => s.cls));
    const ttfb = median(samples.map((s) => s.ttfb));
    ok &&= lcp < 1000 && cls < 0.05;
    console.log(
      `${p.name.padEnd(10)} ${lcp.toFixed(0).padStart(6)}   ${cls.toFixed(3).padEnd(8)} ${ttfb.toFixed(0).padStart(7)}`,
    );
  }
  console.log(ok ? 'within targets (LCP < 1000 ms, CLS < 0.05)' : 'OUTSIDE targets');
} finally {
  await browser.close();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
