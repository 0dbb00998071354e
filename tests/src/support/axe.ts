import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result, RunOptions } from 'axe-core';

const require = createRequire(import.meta.url);

/** The bundled axe-core build: read once, injected into each page that is checked (no network). */
let axeSource: string | undefined;
function source(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** The rule sets the public site must pass: WCAG 2.0 and 2.1, levels A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] as const;

export interface AxeCheckOptions {
  /** CSS selectors of the parts to check (default: the whole document). */
  include?: string[];
  /** CSS selectors of parts to leave out (e.g. a third-party widget checked elsewhere). */
  exclude?: string[];
  /** Rule ids to switch off, each with a reason in the calling test. */
  disableRules?: string[];
  /** Tags to run instead of WCAG 2.1 A + AA. */
  tags?: readonly string[];
}

/**
 * Runs axe-core in the page (WCAG 2.1 A and AA rules by default) and throws an error that lists
 * every violation with its rule, impact, help text and the offending elements. Injection goes
 * through the DevTools protocol, so the page's Content-Security-Policy needs no exception.
 */
export async function expectNoAxeViolations(page: Page, options: AxeCheckOptions = {}) {
  const results = await runAxe(page, options);
  if (results.violations.length === 0) return;
  throw new Error(
    `axe found ${results.violations.length} accessibility violation(s) on ${page.url()}:\n` +
      formatViolations(results.violations),
  );
}

/** Runs axe-core and returns its raw results (for tests that want to inspect them). */
export async function runAxe(page: Page, options: AxeCheckOptions = {}): Promise<AxeResults> {
  const present = await page.evaluate(() => 'axe' in window);
  // A string is evaluated as a script, as if it were a <script> of the page.
  if (!present) await page.evaluate(`${source()}\n;void 0`);
  const runOptions: RunOptions = {
    runOnly: { type: 'tag', values: [...(options.tags ?? WCAG_21_AA)] },
    resultTypes: ['violations'],
    rules: Object.fromEntries((options.disableRules ?? []).map((id) => [id, { enabled: false }])),
  };
  const context = {
    include: options.include?.length ? options.include.map((s) => [s]) : [['html']],
    exclude: (options.exclude ?? []).map((s) => [s]),
  };
  return page.evaluate(
    ([ctx, opts]) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe
        .run(ctx, opts)
        // Only serialisable fields cross back to Node.
        .then((r) => JSON.parse(JSON.stringify(r)) as AxeResults),
    [context, runOptions] as const,
  );
}

/** One readable block per violation: rule, impact, what to do, and up to 5 elements. */
export function formatViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, 5).map((n) => {
        const target = n.target.map(String).join(' ');
        const why = n.failureSummary?.replace(/\s+/g, ' ').trim() ?? '';
        return `    - ${target}\n      ${n.html.slice(0, 160)}\n      ${why}`;
      });
      const more = v.nodes.length > 5 ? [`    … and ${v.nodes.length - 5} more`] : [];
      return [`  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})`, ...nodes, ...more].join(
        '\n',
      );
    })
    .join('\n');
}
