/**
 * Screenshots of the secretariat's console pages (1280 px) into docs/screenshots/console-*.png,
 * on a production process of its own (fresh embedded database with the 2018 seed):
 *   pnpm build && pnpm --filter @gpa/tests exec tsx src/perf/console-screenshots.ts
 */
import path from 'node:path';
import { launchBrowser } from '../support/browser.js';
import { createStaffUser, signIn, startConsoleServer, StaffClient } from '../support/console.js';
import { ROOT } from '../support/production-process.js';

const out = path.join(ROOT, 'docs/screenshots');
const server = await startConsoleServer();
const browser = await launchBrowser();
try {
  const secretariat = await createStaffUser(server.url, ['SECRETARIAT'], 'Sara Secretariat');
  const api = new StaffClient(server.url);
  await api.signIn(secretariat.email, secretariat.password);
  const { managedCompetitions } = await api.must<{ managedCompetitions: { id: string }[] }>(
    `{ managedCompetitions { id } }`,
  );
  const id = encodeURIComponent(managedCompetitions[0]!.id);
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await signIn(page, server.url, secretariat.email, secretariat.password);
  const shots: [string, string, string][] = [
    ['competitions', '/console/', 'h1'],
    ['competition', `/console/competitions/${id}`, 'h1'],
    ['entries', `/console/competitions/${id}/entries`, 'table'],
    ['import', `/console/competitions/${id}/import`, 'h1'],
    ['jury', `/console/competitions/${id}/jury`, 'h1'],
    ['preview', `/console/competitions/${id}/preview`, 'h1'],
    ['institutions', '/console/institutions', 'table'],
  ];
  for (const [name, address, ready] of shots) {
    await page.goto(`${server.url}${address}`);
    await page.locator(ready).first().waitFor();
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: path.join(out, `console-${name}.png`), fullPage: false });
    process.stdout.write(`console-${name}.png\n`);
  }
  // One entry's form, opened from the entries table.
  await page.goto(`${server.url}/console/competitions/${id}/entries`);
  await page.locator('table tbody a').first().click();
  await page.locator('form').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, 'console-entry-form.png'), fullPage: false });
  process.stdout.write('console-entry-form.png\n');
  // An unpublished competition (2019, from 2018's settings): the preview's link opens the
  // explorer's own competition page, with the preview banner.
  const { createCompetitionFrom: draft } = await api.must<{
    createCompetitionFrom: { id: string };
  }>(`mutation($s: ID!) { createCompetitionFrom(sourceId: $s, year: 2019) { id } }`, {
    s: managedCompetitions[0]!.id,
  });
  await page.goto(`${server.url}/console/competitions/${encodeURIComponent(draft.id)}/preview`);
  const href = await page.locator('a[href*="?preview="]').first().getAttribute('href');
  await page.goto(new URL(href!, server.url).toString());
  await page.getByRole('status').first().waitFor();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(out, 'console-explorer-preview.png') });
  process.stdout.write('console-explorer-preview.png\n');
} finally {
  await browser.close();
  await server.stop();
}
