import { access, constants } from 'node:fs/promises';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Route,
} from 'playwright-core';
import { type Logger } from 'pino';
import { html } from './html.js';

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The PDF cannot be made now; the HTML version still can. Answered with 503. */
export class PdfUnavailableError extends Error {
  constructor(
    message: string,
    /** Set when waiting helps (the renderer is busy); unset when Chromium is missing. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'PdfUnavailableError';
  }
}

export interface PdfResource {
  body: Buffer | string;
  contentType: string;
}

export interface PdfJob {
  /** The address the page pretends to have; its relative URLs resolve against it. */
  url: string;
  html: string;
  /** Answers the page's requests to its own origin (stylesheet, fonts); null means 404. */
  resolve(url: URL): Promise<PdfResource | null>;
  /**
   * Printed in every page's footer, left of the page number. Null for a document that draws its
   * whole page itself (a certificate): no footer and no margins.
   */
  footer: string | null;
  /** A4 landscape rather than portrait. */
  landscape?: boolean;
}

export interface PdfRendererOptions {
  executablePath?: string;
  /** Renders at a time; each holds a page in Chromium's memory. */
  concurrency?: number;
  /** Renders allowed to wait; beyond that a request is refused rather than queued forever. */
  maxQueue?: number;
  timeoutMs?: number;
  logger?: Logger;
}

/** A page kept for reuse; `job` is what its request handler answers for. */
interface Slot {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  job: PdfJob | null;
}

/**
 * HTML to PDF with the machine's Chromium (never a downloaded browser). The browser is started
 * on the first PDF and then shared by the whole process, because a launch costs far more than
 * a render. Opening a page costs about as much as printing one, so each of the `concurrency`
 * render slots keeps its page for the next render; a slot whose render failed is thrown away.
 */
export class PdfRenderer {
  private browser: Promise<Browser> | null = null;
  private idle: Slot[] = [];
  private running = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly executablePath: string;
  private readonly concurrency: number;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;

  constructor(private readonly options: PdfRendererOptions = {}) {
    this.executablePath = options.executablePath ?? DEFAULT_CHROMIUM_PATH;
    this.concurrency = options.concurrency ?? 2;
    this.maxQueue = options.maxQueue ?? 32;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  async render(job: PdfJob): Promise<Buffer> {
    const [pdf] = await this.renderBatch([job]);
    return pdf!;
  }

  /**
   * Renders documents that share one head (the same stylesheet) in one page and one render slot:
   * the first is loaded like any document, each next one only swaps its title and body into it,
   * so the stylesheet and fonts are loaded once. A certificate then costs its print, not a page
   * load; the certificates' ZIP renders in batches so that other PDFs get a slot in between.
   */
  async renderBatch(jobs: readonly PdfJob[]): Promise<Buffer[]> {
    if (!jobs.length) return [];
    await this.acquire();
    try {
      return await this.renderNow(jobs);
    } finally {
      this.release();
    }
  }

  /** Closes the browser; a later render starts a new one. */
  async close(): Promise<void> {
    const launching = this.browser;
    this.browser = null;
    this.idle = [];
    if (!launching) return;
    const browser = await launching.catch(() => null);
    await browser?.close().catch(() => undefined);
  }

  private async acquire(): Promise<void> {
    if (this.running < this.concurrency) {
      this.running += 1;
      return;
    }
    if (this.waiting.length >= this.maxQueue)
      throw new PdfUnavailableError('Too many PDFs are being generated; try again shortly.', 5);
    // The slot is handed over by release(), so `running` stays counted.
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running -= 1;
  }

  private launch(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = (async () => {
      try {
        await access(this.executablePath, constants.X_OK);
      } catch {
        throw new PdfUnavailableError(
          `PDF generation is unavailable on this server: Chromium was not found at ${this.executablePath}.`,
        );
      }
      try {
        const browser = await chromium.launch({
          executablePath: this.executablePath,
          args: CHROMIUM_ARGS,
          timeout: this.timeoutMs,
          // Playwright would exit the process on Ctrl-C; the server's own shutdown decides that
          // (and Playwright still kills the browser when the process exits).
          handleSIGINT: false,
          handleSIGTERM: false,
          handleSIGHUP: false,
        });
        // A crashed browser is replaced on the next render rather than failing every one.
        browser.on('disconnected', () => {
          if (this.browser === launching) this.browser = null;
        });
        return browser;
      } catch (error) {
        this.options.logger?.error({ err: error }, 'Chromium could not be started');
        throw new PdfUnavailableError(
          'PDF generation is unavailable on this server: Chromium could not be started.',
        );
      }
    })();
    this.browser = launching;
    launching.catch(() => {
      if (this.browser === launching) this.browser = null;
    });
    return launching;
  }

  /** An idle slot of the current browser, or a new one; only called within a render permit. */
  private async takeSlot(): Promise<Slot> {
    const browser = await this.launch();
    for (let slot = this.idle.pop(); slot; slot = this.idle.pop()) {
      if (slot.browser === browser && browser.isConnected() && !slot.page.isClosed()) return slot;
      await slot.context.close().catch(() => undefined);
    }
    // The documents need no script; switching it off means injected markup could not run either.
    const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block' });
    try {
      context.setDefaultTimeout(this.timeoutMs);
      const current: { job: PdfJob | null } = { job: null };
      // Every request is answered here, in process: the document and its assets from memory,
      // anything else (another origin, a stray URL) refused, so nothing ever leaves the machine.
      // A request that outlives its page (closed by a timeout) has nobody left to answer.
      await context.route('**/*', (route: Route) =>
        this.answer(route, current.job).catch(() => undefined),
      );
      const page = await context.newPage();
      return Object.assign(current, { browser, context, page });
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  }

  private async renderNow(jobs: readonly PdfJob[]): Promise<Buffer[]> {
    const slot = await this.takeSlot();
    let reusable = false;
    // page.pdf has no timeout of its own: a render that hangs must not hold its slot forever.
    let timedOut = false;
    let watchdog: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(watchdog);
      watchdog = setTimeout(() => {
        timedOut = true;
        void slot.context.close().catch(() => undefined);
      }, this.timeoutMs);
    };
    try {
      const pdfs: Buffer[] = [];
      for (const [i, job] of jobs.entries()) {
        arm();
        slot.job = job;
        if (i === 0) await slot.page.goto(job.url, { waitUntil: 'load' });
        else await slot.page.evaluate(swapBody(job.html));
        await slot.page.evaluate('document.fonts.ready.then(() => true)');
        pdfs.push(await slot.page.pdf(pdfOptions(job)));
      }
      reusable = true;
      return pdfs;
    } catch (error) {
      if (timedOut)
        throw new PdfUnavailableError('The PDF took too long to generate; try again shortly.', 5);
      throw error;
    } finally {
      clearTimeout(watchdog);
      slot.job = null;
      if (reusable) this.idle.push(slot);
      else await slot.context.close().catch(() => undefined);
    }
  }

  private async answer(route: Route, job: PdfJob | null): Promise<void> {
    const url = new URL(route.request().url());
    const documentUrl = job ? new URL(job.url) : null;
    if (!job || !documentUrl || url.origin !== documentUrl.origin)
      return route.abort('blockedbyclient');
    if (url.pathname === documentUrl.pathname)
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: job.html });
    const found = await job.resolve(url).catch(() => null);
    if (!found) return route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
    return route.fulfill({ contentType: found.contentType, body: found.body });
  }
}

/**
 * A script that puts another document's title and body in place of the page's own. The markup
 * is parsed by DOMParser, which neither fetches nor runs anything; the page's scripts are off.
 */
function swapBody(documentHtml: string): string {
  return `(() => {
    const next = new DOMParser().parseFromString(${JSON.stringify(documentHtml)}, 'text/html');
    document.title = next.title;
    document.body.replaceWith(document.adoptNode(next.body));
    return true;
  })()`;
}

function pdfOptions(job: PdfJob): Parameters<Page['pdf']>[0] {
  const common = { format: 'A4', landscape: job.landscape ?? false, printBackground: true };
  // A document that draws its whole page (a certificate) is printed edge to edge.
  if (job.footer === null)
    return { ...common, margin: { top: '0', bottom: '0', left: '0', right: '0' }, tagged: true };
  return {
    ...common,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: html`<div
      style="width:100%;box-sizing:border-box;padding:0 20mm;display:flex;justify-content:space-between;font-family:'Noto Sans',Arial,sans-serif;font-size:7.5pt;color:#585f69"
    >
      <span>${job.footer}</span>
      <span><span class="pageNumber"></span> / <span class="totalPages"></span></span>
    </div>`.toString(),
    margin: { top: '20mm', bottom: '22mm', left: '20mm', right: '20mm' },
    outline: true,
    tagged: true,
  };
}

let shared: PdfRenderer | null = null;

/** The process's renderer, created on first use. */
export function sharedPdfRenderer(logger?: Logger): PdfRenderer {
  shared ??= new PdfRenderer({ logger });
  return shared;
}

/** Closes the process's browser, if one was started; for the server's shutdown. */
export async function closePdfRenderer(): Promise<void> {
  await shared?.close();
}
