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
import { ROOT } from '../support/production-process.js';

/**
 * The secretariat's entries end to end, in Chromium against the production process: a full
 * submission typed into the form (a summary that is too long is fixed on the way), then ten
 * entries imported from a CSV file whose one bad row the dry run shows; once it is fixed, all
 * ten land. None of it reaches the public before publication.
 */
const FIXTURE = path.join(ROOT, 'tests/fixtures/entries-ten-one-bad.csv');
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

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
    await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
    await page.getByLabel('Title').fill('Comprehensive e-services: More effective, more reliable');
    await page
      .getByLabel('Institution')
      .selectOption({ label: 'Iranian Social Security Organization (IR)' });
    // The draft saves itself as soon as it has a title and an institution.
    await page
      .getByTestId('save-status')
      .getByText(/^Saved at/)
      .waitFor();
    await expect.poll(() => page.url()).not.toMatch(/\/entries\/new$/);

    await page.getByLabel('In operation since').fill('2015');
    await page.getByRole('checkbox', { name: 'Information and Communication Technology' }).check();
    await page.getByRole('checkbox', { name: 'Service Quality' }).check();
    await page.getByLabel('Summary', { exact: true }).fill(words(181));
    await page.getByText('181 of 180 words — 1 too many').waitFor();
    await page.getByText('The summary has 181 words; at most 180 are allowed.').first().waitFor();
    await page
      .getByLabel('Summary', { exact: true })
      .fill(
        'In developing e-services, the vision of the Iranian Social Security Organization (SSO) is to minimize in-person visits and provide clients with internet based services.',
      );
    await page.getByText('24 of 180 words').waitFor();
    await page
      .getByLabel('The issue or challenge: your answer')
      .fill('Large number of in-person insurance branch visits of clients.');
    await page
      .getByLabel('Addressing the challenge: your answer')
      .fill('Issuance, renewal and delivery of the health insurance booklet by a startup app.');
    await page
      .getByLabel('Targets to be achieved: your answer')
      .fill('Removes the need for in-person visits; time saving.');
    await page
      .getByLabel('Evaluating the results: your answer')
      .fill('Reduction in unnecessary in-person visits.');
    await page.getByRole('button', { name: 'Add a figure' }).click();
    await page.getByLabel('Figure 1: What is measured').fill('Number of inspections');
    await page.getByLabel('Figure 1: Before').fill('278,000');
    await page.getByLabel('Figure 1: After').fill('336,000');
    await page.getByLabel('Lessons learned: your answer').fill('Three factors and three risks.');
    await page
      .getByLabel('Success factor 1')
      .fill('Good team work among the different units of the organization.');
    await page.getByLabel('Risk 1').fill('Infrastructure requirements.');
    await expectNoAxeViolations(page);

    // Submitting by keyboard.
    await page.getByRole('button', { name: 'Submit entry' }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('The entry is submitted.').waitFor();
    await page.getByText('Status: Submitted').waitFor();

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
    await page.getByLabel('File to import').setInputFiles({
      name: 'entries.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(original, 'utf8'),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
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
    await page.getByLabel('File to import').setInputFiles({
      name: 'entries-fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(fixed, 'utf8'),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
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
