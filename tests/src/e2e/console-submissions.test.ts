import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import {
  clientFor,
  createStaffUser,
  signIn,
  StaffClient,
  startConsoleServer,
  type ConsoleServer,
  type StaffAccount,
} from '../support/console.js';
import {
  checkImportFile,
  fillFullSubmission,
  submitEntryByKeyboard,
} from '../support/console-pages.js';
import { ROOT } from '../support/production-process.js';

/**
 * The secretariat's entries end to end, in Chromium against the production process: a full
 * submission typed into the form (a summary that is too long is fixed on the way), then ten
 * entries imported from a CSV file whose one bad row the dry run shows; once it is fixed, all
 * ten land. None of it reaches the public before publication.
 */
const FIXTURE = path.join(ROOT, 'tests/fixtures/entries-ten-one-bad.csv');

let server: ConsoleServer;
let browser: Browser;
let page: Page;
let secretariat: StaffAccount;
let competitionId: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!browserAvailable) return;
  server = await startConsoleServer();
  secretariat = await createStaffUser(server.url, ['SECRETARIAT'], 'Sam Submissions');
  const staff = await clientFor(server.url, secretariat);
  const { managedCompetitions } = await staff.must(
    `{ managedCompetitions { year priorityAreas { id } } }`,
  );
  const source = managedCompetitions.find((c: { year: number }) => c.year === 2018);
  const { createCompetition } = await staff.must(
    `mutation($input: CompetitionInput!) { createCompetition(input: $input) { id version } }`,
    {
      input: {
        region: 'ASIA_PACIFIC',
        year: 2019,
        trienniumStartYear: 2017,
        priorityAreaIds: source.priorityAreas.map((a: { id: string }) => a.id),
        submissionDeadline: '2019-03-31',
      },
    },
  );
  competitionId = createCompetition.id;
  await staff.must(
    `mutation($id: ID!, $v: Int!) { setCompetitionStatus(id: $id, status: OPEN, expectedVersion: $v) { status } }`,
    { id: competitionId, v: createCompetition.version },
  );
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await signIn(page, server.url, secretariat.email, secretariat.password);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const entriesUrl = () => `${server.url}/console/competitions/${competitionId}/entries`;

describe.skipIf(!browserAvailable)('the secretariat enters and imports entries in Chromium', () => {
  it('enters a full submission through the form, fixing a summary that is too long', async () => {
    await page.goto(`${entriesUrl()}/new`);
    await fillFullSubmission(page, 'Comprehensive e-services: More effective, more reliable');
    await expectNoAxeViolations(page);

    await submitEntryByKeyboard(page);

    await page.goto(entriesUrl());
    const row = page.getByRole('row', { name: /Comprehensive e-services/ });
    await row.waitFor();
    await expect.poll(() => row.getByRole('cell').allTextContents()).toContain('Submitted');
    await expectNoAxeViolations(page);
  });

  it('imports ten entries from a CSV file once its one bad row is fixed', async () => {
    const original = await readFile(FIXTURE, 'utf8');
    await page.goto(`${server.url}/console/competitions/${competitionId}/import`);
    await page.getByRole('heading', { level: 1, name: /Import entries into/ }).waitFor();
    await checkImportFile(page, {
      name: 'entries.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(original, 'utf8'),
    });
    await page.getByRole('heading', { name: 'Check result: 1 of 10 rows have problems' }).waitFor();
    const bad = page.getByRole('row', { name: /Call centre for the insured abroad/ });
    await expect
      .poll(() => bad.textContent())
      .toContain('priority_areas: "Astrology" is not a priority area of this competition.');
    expect(await bad.getByRole('rowheader').textContent()).toBe('6');
    await expect
      .poll(() => page.getByRole('button', { name: /^Import \d+ entries$/ }).count())
      .toBe(0);
    await expectNoAxeViolations(page);

    // The secretariat fixes the row and checks the file again.
    const fixed = original.replace(
      'Astrology; Service Quality',
      'Good Governance; Service Quality',
    );
    await checkImportFile(page, {
      name: 'entries-fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixed, 'utf8'),
    });
    await page.getByRole('heading', { name: 'Ready to import: all 10 rows are valid' }).waitFor();
    await page
      .getByText(
        /The import will create: country MN; Mongolian Social Insurance Agency \(test\) \(MN\)/,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Import 10 entries' }).click();
    await page.getByRole('heading', { name: 'Imported 10 entries' }).waitFor();

    await page.goto(`${entriesUrl()}?status=SUBMITTED`);
    await page.getByText('11 entries, page 1 of 1').waitFor();
    await page.getByRole('link', { name: 'Call centre for the insured abroad' }).waitFor();

    // The current view downloads as a spreadsheet.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('asia-and-the-pacific-2019-entries.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(12);
    expect(pageErrors).toEqual([]);
  });

  it('shows none of the unpublished entries to the public', async () => {
    const answer = await new StaffClient(server.url).must(
      `{ practices(query: "\\"Call centre for the insured abroad\\"") { totalCount } }`,
    );
    expect(answer.practices.totalCount).toBe(0);
  });
});
