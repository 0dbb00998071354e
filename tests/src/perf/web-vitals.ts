/**
 * Largest contentful paint, cumulative layout shift and the JavaScript loaded before any
 * interaction, for the explorer's home, search, practice and competition pages, in headless
 * Debian Chromium against the production process (apps/api/dist/main.js serving the built
 * explorer; run `pnpm build` first).
 *
 *   pnpm --filter @gpa/tests exec tsx src/perf/web-vitals.ts              # starts its own
 *   pnpm --filter @gpa/tests exec tsx src/perf/web-vitals.ts http://127.0.0.1:4000 [runs]
 *
 * Each run is a fresh browser context (empty cache, like a first visit); the figures are the
 * median of the runs. "JS" is every script the page fetched until it had shown its content and
 * one quiet second had passed, with no input: its size as served, and gzipped (-9) as a
 * compressing server or proxy would send it. Targets (issue 4): LCP under 1 s, CLS under 0.05,
 * at most 150 KB of gzipped JavaScript on the home page. Exits with 1 when a target is missed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser } from 'playwright-core';
import { launchBrowser } from '../support/browser.js';
import { startProductionProcess, type ProductionProcess } from '../support/production-process.js';

const PAGES = [
  { name: 'home', path: '/', ready: '.tile__count', jsBudgetKb: 150 },
  { name: 'search', path: '/practices?q=mobile', ready: '.practice-list' },
  {
    name: 'practice',
    path: '/practices/comprehensive-e-services-more-effective-more-reliable',
    ready: '.practice h1',
  },
  {
    name: 'competition',
    path: '/competitions/asia-and-the-pacific-2018',
    // The fourth group (the Attestations) is the last of the booklet's results.
    ready: 'section.results-group >> nth=3',
  },
] as const satisfies readonly { name: string; path: string; ready: string; jsBudgetKb?: number }[];

const TARGET_LCP_MS = 1000;
const TARGET_CLS = 0.05;

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
  /** Bytes of JavaScript as served, and gzipped. */
  jsRaw: number;
  jsGzip: number;
  jsFiles: number;
}

async function measure(browser: Browser, url: string, ready: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    const origin = new URL(url).origin;
    const scripts: Promise<Buffer | null>[] = [];
    page.on('response', (response) => {
      const address = new URL(response.url());
      if (address.origin === origin && address.pathname.endsWith('.js') && response.ok())
        scripts.push(response.body().catch(() => null));
    });
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load' });
    await page.locator(ready).first().waitFor();
    // Let late shifts, the final LCP candidate and any script fetched without input arrive.
    await page.waitForTimeout(1000);
    const vitals = await page.evaluate(() => {
      const v = (window as unknown as { __vitals: { lcp: number; cls: number } }).__vitals;
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return { lcp: v.lcp, cls: v.cls, ttfb: nav.responseStart };
    });
    const bodies = (await Promise.all(scripts)).filter((b): b is Buffer => b !== null);
    return {
      ...vitals,
      jsRaw: bodies.reduce((n, b) => n + b.length, 0),
      jsGzip: bodies.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
      jsFiles: bodies.length,
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

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
  console.log(
    `Median of ${runs} cold visits per page (${base}, headless Chromium ${browser.version()})`,
  );
  console.log('page          LCP ms   CLS     JS gzip KB   JS served KB   files   TTFB ms');
  let ok = true;
  for (const p of PAGES) {
    const samples: Sample[] = [];
    for (let i = 0; i < runs; i++)
      samples.push(await measure(browser, `${base}${p.path}`, p.ready));
    const m = (pick: (s: Sample) => number) => median(samples.map(pick));
    const lcp = m((s) => s.lcp);
    const cls = m((s) => s.cls);
    const jsGzip = m((s) => s.jsGzip);
    const budget = 'jsBudgetKb' in p ? p.jsBudgetKb : undefined;
    const within = lcp < TARGET_LCP_MS && cls < TARGET_CLS && (!budget || jsGzip <= budget * 1024);
    ok &&= within;
    console.log(
      [
        p.name.padEnd(12),
        lcp.toFixed(0).padStart(7),
        cls.toFixed(3).padStart(7),
        kb(jsGzip).padStart(12),
        kb(m((s) => s.jsRaw)).padStart(14),
        String(m((s) => s.jsFiles)).padStart(7),
        m((s) => s.ttfb)
          .toFixed(0)
          .padStart(9),
        within ? '' : '  <- outside target',
      ].join(' '),
    );
  }
  console.log(
    ok
      ? `within targets (LCP < ${TARGET_LCP_MS} ms, CLS < ${TARGET_CLS}, home JS ≤ 150 KB gzip)`
      : 'OUTSIDE targets',
  );
  if (!ok) process.exitCode = 1;
} finally {
  await browser.close();
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
