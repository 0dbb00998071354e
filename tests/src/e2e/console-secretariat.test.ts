import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import {
  clientFor,
  createStaffUser,
  StaffClient,
  startConsoleServer,
  type ConsoleServer,
  type StaffAccount,
} from '../support/console.js';
import { confirm, seatJuryChair } from '../support/console-pages.js';

/**
 * The secretariat's console end to end, in Chromium against the production process: sign in,
 * start the 2019 competition from the 2018 one's settings (fixing a validation error on the
 * way), open it, seat a jury and choose its chair, judge (entries and decisions through the
 * GraphQL API, which other screens cover), preview and publish; the public explorer shows the
 * competition only once it is published.
 */
const SLUG = 'asia-and-the-pacific-2019';
const TITLE = 'Asia and the Pacific 2019';
const ENTRIES = [
  {
    title: 'Digital pensions for island workers',
    outcome: 'AWARD',
    juryText: 'A model for the region.',
  },
  {
    title: 'Mobile benefit kiosks in rural districts',
    outcome: 'CERTIFICATE_OF_MERIT',
    juryText: null,
  },
  { title: 'Shared data for faster claims', outcome: 'ATTESTATION', juryText: null },
];

let server: ConsoleServer;
let browser: Browser;
let page: Page;
let secretariat: StaffAccount;
let juror: StaffAccount;
let staff: StaffClient;
let competitionId: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!browserAvailable) return;
  server = await startConsoleServer();
  secretariat = await createStaffUser(server.url, ['SECRETARIAT'], 'Sara Secretariat');
  juror = await createStaffUser(server.url, ['JURY'], 'Jun Jury');
  staff = await clientFor(server.url, secretariat);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const publicCompetition = async () =>
  (
    await new StaffClient(server.url).must(
      `{ competitionBySlug(slug: "${SLUG}") { title stats { entries awards } } }`,
    )
  ).competitionBySlug;

describe.skipIf(!browserAvailable)('the secretariat console in Chromium', () => {
  it('sends a signed-out visitor to sign in, with errors shown in the form', async () => {
    await page.goto(`${server.url}/console/institutions`);
    await page.waitForURL(/\/console\/sign-in\?from=%2Finstitutions/);
    await page.getByRole('heading', { level: 1, name: 'Sign in to the console' }).waitFor();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Enter your e-mail address.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('E-mail address').fill(secretariat.email);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await page.getByLabel('Password').fill(secretariat.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/console\/institutions$/);
    await page.getByRole('heading', { level: 1, name: 'Institutions' }).waitFor();
    await page.getByRole('table').waitFor();
    await expectNoAxeViolations(page);
  });

  it("starts the 2019 competition from the 2018 one's settings, fixing a validation error", async () => {
    await page.goto(`${server.url}/console/`);
    await page.getByRole('link', { name: 'Asia and the Pacific 2018' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asia and the Pacific 2018' }).waitFor();
    await expectNoAxeViolations(page);
    await expect
      .poll(() => page.getByLabel('Year of the new competition').inputValue())
      .toBe('2019');
    await page.getByRole('button', { name: 'Start the new competition' }).click();
    await page.getByRole('heading', { level: 1, name: `Edit ${TITLE}` }).waitFor();
    competitionId = decodeURIComponent(new URL(page.url()).pathname.split('/')[3]!);
    expect(await page.getByLabel('First year of the triennium').inputValue()).toBe('2017');
    expect(await page.getByRole('checkbox', { checked: true }).count()).toBe(12);

    await page.getByLabel('Date of the forum').fill('2019-10-22');
    await page.getByLabel('Submission deadline').fill('2019-11-30');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    const deadline = page.getByLabel('Submission deadline');
    await page.getByText('The submission deadline must come before the forum.').waitFor();
    expect(await deadline.getAttribute('aria-invalid')).toBe('true');
    expect(await deadline.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page);
    await deadline.fill('2019-03-31');
    await page.getByLabel('Place of the forum').fill('Beijing');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The changes are saved.').waitFor();
    await page.getByText('31 March 2019').waitFor();
  });

  it('opens the competition for entries after a confirmation', async () => {
    await confirm(page, 'Open for entries', 'Yes: open for entries');
    await page.getByText('The competition is now: Open for entries.').waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toBe('Open for entries');
  });

  it('seats a jury member with a public description and makes them the chair', async () => {
    // Entries come through the submission API; its screens have tests of their own.
    const options = await staff.must(
      `query($id: ID!) { managedCompetition(id: $id) { priorityAreas { id } } managedInstitutions { id name } }`,
      { id: competitionId },
    );
    for (const [i, entry] of ENTRIES.entries()) {
      await staff.must(
        `mutation($c: ID!, $input: SubmissionInput!) { createSubmission(competitionId: $c, input: $input, submit: true) { id } }`,
        {
          c: competitionId,
          input: {
            title: entry.title,
            institutionId: options.managedInstitutions[i].id,
            priorityAreaIds: [options.managedCompetition.priorityAreas[i].id],
            summary: `Summary of ${entry.title.toLowerCase()}.`,
            inOperationSince: 2016,
            successFactors: ['Strong leadership'],
            risks: ['Low connectivity'],
            sections: ['issue', 'approach', 'targets', 'evaluation', 'lessons'].map((key) => ({
              key,
              body: `The ${key} of ${entry.title.toLowerCase()}.`,
            })),
          },
        },
      );
    }

    await page.getByRole('link', { name: 'Manage the jury' }).click();
    await page.getByRole('heading', { level: 1, name: `Jury of ${TITLE}` }).waitFor();
    await seatJuryChair(page, juror);
    const row = page.getByRole('row', { name: new RegExp(juror.name) });
    await row.getByText('Chair', { exact: true }).waitFor();
    await row.getByText('0 of 3 assessed').waitFor();
    await expectNoAxeViolations(page);
  });

  it('refuses to publish before the jury has decided, then publishes after the preview', async () => {
    await page.getByRole('link', { name: `← ${TITLE}` }).click();
    await confirm(page, 'Close entries and start judging', 'Yes: close entries and start judging');
    await page.getByText('The competition is now: Judging.').waitFor();

    await confirm(page, 'Mark as decided', 'Yes: mark as decided');
    await page
      .getByRole('alert')
      .getByText(/3 entries have no decision/)
      .waitFor();

    const chair = await clientFor(server.url, juror);
    const entries = (
      await staff.must(`query($id: ID!) { managedCompetition(id: $id) { entries { id title } } }`, {
        id: competitionId,
      })
    ).managedCompetition.entries as { id: string; title: string }[];
    for (const entry of ENTRIES) {
      await chair.must(
        `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { outcome } }`,
        {
          input: {
            practiceId: entries.find((e) => e.title === entry.title)!.id,
            outcome: entry.outcome,
            juryText: entry.juryText,
            version: null,
          },
        },
      );
    }
    await page.reload();
    await confirm(page, 'Mark as decided', 'Yes: mark as decided');
    await page.getByText('The competition is now: Decided.').waitFor();

    expect(await publicCompetition()).toBeNull();
    const explorer = await browser.newPage();
    await explorer.goto(`${server.url}/competitions/${SLUG}`);
    await explorer.locator('h1').first().waitFor();
    expect(await explorer.getByRole('heading', { level: 1, name: TITLE }).count()).toBe(0);

    await page.getByRole('link', { name: 'Preview and publish' }).click();
    const preview = page.getByRole('article', { name: 'Public page preview' });
    await preview.getByRole('heading', { name: TITLE }).waitFor();
    await preview
      .getByText('There were 3 entries from 3 organizations', { exact: false })
      .waitFor();
    await preview.getByRole('heading', { name: ENTRIES[0]!.title }).waitFor();
    await preview.getByText('A model for the region.').waitFor();
    await expectNoAxeViolations(page);
    expect(await publicCompetition()).toBeNull();

    await confirm(page, 'Publish the results', 'Yes: publish now');
    await page.getByText('The results are published.').waitFor();
    expect(await publicCompetition()).toEqual({ title: TITLE, stats: { entries: 3, awards: 1 } });

    await explorer.goto(`${server.url}/competitions/${SLUG}`);
    await explorer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    for (const entry of ENTRIES)
      await explorer.getByRole('heading', { name: entry.title }).waitFor();
    await explorer.close();
    expect(pageErrors).toEqual([]);
  });

  it('signs out from the header', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/console\/sign-in/);
    await page.goto(`${server.url}/console/`);
    await page.waitForURL(/\/console\/sign-in/);
  });
});
