import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
import {
  checkImportFile,
  confirm,
  fillFullSubmission,
  seatJuryChair,
  submitEntryByKeyboard,
} from '../support/console-pages.js';
import { ROOT } from '../support/production-process.js';

/**
 * The secretariat's whole season in one production process, in Chromium: sign in (after the
 * errors of an empty form and a wrong password), start the 2019 competition from the 2018 one's
 * settings (fixing a deadline after the forum), open it, type one full submission into the form
 * (fixing a summary that is too long), import ten entries from a CSV file whose one bad row the
 * dry run shows (fixed in a corrected copy), seat a jury and its chair, judge (the decisions
 * through the GraphQL API, as the chair; "decided" is refused until every entry has one),
 * preview in the explorer's own page and publish, sign out. The public explorer shows none of
 * the new entries before publication, even at the preview's address, and all of them after.
 */
const SLUG = 'asia-and-the-pacific-2019';
const TITLE = 'Asia and the Pacific 2019';
const FIXTURE = path.join(ROOT, 'tests/fixtures/entries-ten-one-bad.csv');
const FORM_TITLE = 'Comprehensive e-services for insured clients';
/** A word only one imported entry has, and no 2018 practice. */
const SEARCH_WORD = 'kiosks';
const SEARCH_TITLE = 'Self-service kiosks in branch offices';
const ENTRY_COUNT = 11;

let server: ConsoleServer;
let browser: Browser;
let page: Page;
let secretariat: StaffAccount;
let juror: StaffAccount;
let staff: StaffClient;
let competitionId: string;
let tempDir: string;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!browserAvailable) return;
  server = await startConsoleServer();
  secretariat = await createStaffUser(server.url, ['SECRETARIAT'], 'Sara Secretariat');
  juror = await createStaffUser(server.url, ['JURY'], 'Jun Jury');
  staff = await clientFor(server.url, secretariat);
  tempDir = await mkdtemp(path.join(os.tmpdir(), 'gpa-flow-'));
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
});

const entriesUrl = () => `${server.url}/console/competitions/${competitionId}/entries`;

const publicCompetition = async () =>
  (
    await new StaffClient(server.url).must(
      `{ competitionBySlug(slug: "${SLUG}") { title stats { entries awards } } }`,
    )
  ).competitionBySlug;

/** The titles of every new entry: the one typed into the form and the ten imported ones. */
async function entryTitles() {
  const csv = await readFile(FIXTURE, 'utf8');
  const titles = [
    FORM_TITLE,
    ...csv
      .split('\n')
      .map((line) => /^([A-Z][^,"]+),(?:Iranian|National|Mongolian)/.exec(line)?.[1])
      .filter((t): t is string => Boolean(t)),
  ];
  expect(titles).toHaveLength(ENTRY_COUNT);
  return titles;
}

const previewUrl = () =>
  `${server.url}/competitions/${SLUG}?preview=${encodeURIComponent(competitionId)}`;

describe.skipIf(!browserAvailable)('the whole secretariat season in Chromium', () => {
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

  it("starts the 2019 competition from the 2018 one's settings, fixing a deadline after the forum", async () => {
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

  it('opens it for entries after a confirmation', async () => {
    await confirm(page, 'Open for entries', 'Yes: open for entries');
    await page.getByText('The competition is now: Open for entries.').waitFor();
    expect(await page.locator('[aria-current="step"]').textContent()).toBe('Open for entries');
  });

  it('enters a full submission through the form, fixing a summary that is too long', async () => {
    await page.goto(`${entriesUrl()}/new`);
    await fillFullSubmission(page, FORM_TITLE);
    await expectNoAxeViolations(page);

    await submitEntryByKeyboard(page);
  });

  it('imports ten entries from a CSV file once its one bad row is fixed', async () => {
    await page.goto(`${server.url}/console/competitions/${competitionId}/import`);
    await page.getByRole('heading', { level: 1, name: /Import entries into/ }).waitFor();
    await checkImportFile(page, FIXTURE);
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

    // The secretariat corrects the row in a copy of the file and checks it again.
    const fixed = path.join(tempDir, 'entries-fixed.csv');
    const original = await readFile(FIXTURE, 'utf8');
    await writeFile(
      fixed,
      original.replace('Astrology; Service Quality', 'Good Governance; Service Quality'),
    );
    await checkImportFile(page, fixed);
    await page.getByRole('heading', { name: 'Ready to import: all 10 rows are valid' }).waitFor();
    await page
      .getByText(
        /The import will create: country MN; Mongolian Social Insurance Agency \(test\) \(MN\)/,
      )
      .waitFor();
    await page.getByRole('button', { name: 'Import 10 entries' }).click();
    await page.getByRole('heading', { name: 'Imported 10 entries' }).waitFor();

    await page.goto(`${entriesUrl()}?status=SUBMITTED`);
    await page.getByText(`${ENTRY_COUNT} entries, page 1 of 1`).waitFor();
    await page.getByRole('link', { name: SEARCH_TITLE }).waitFor();
    await page.getByRole('link', { name: FORM_TITLE }).waitFor();
    await expectNoAxeViolations(page);

    // The current view downloads as a spreadsheet: a header and one row per entry.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${SLUG}-entries.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(ENTRY_COUNT + 1);
  });

  it('seats a jury member and makes them the chair', async () => {
    await page.goto(`${server.url}/console/competitions/${competitionId}`);
    await page.getByRole('link', { name: 'Manage the jury' }).click();
    await page.getByRole('heading', { level: 1, name: `Jury of ${TITLE}` }).waitFor();
    await seatJuryChair(page, juror);
    const row = page.getByRole('row', { name: new RegExp(juror.name) });
    await row.getByText('Chair', { exact: true }).waitFor();
    await row.getByText(`0 of ${ENTRY_COUNT} assessed`).waitFor();
    await expectNoAxeViolations(page);
  });

  it('starts judging, is not marked decided before every entry has a decision, records them', async () => {
    await page.getByRole('link', { name: `← ${TITLE}` }).click();
    await confirm(page, 'Close entries and start judging', 'Yes: close entries and start judging');
    await page.getByText('The competition is now: Judging.').waitFor();
    await confirm(page, 'Mark as decided', 'Yes: mark as decided');
    await page
      .getByRole('alert')
      .getByText(new RegExp(`${ENTRY_COUNT} entries have no decision`))
      .waitFor();

    const chair = await clientFor(server.url, juror);
    const entries = (
      await staff.must(`query($id: ID!) { managedCompetition(id: $id) { entries { id title } } }`, {
        id: competitionId,
      })
    ).managedCompetition.entries as { id: string; title: string }[];
    expect(entries).toHaveLength(ENTRY_COUNT);
    for (const [i, entry] of entries.entries()) {
      const award = entry.title === FORM_TITLE;
      await chair.must(
        `mutation($input: RecordDecisionInput!) { recordDecision(input: $input) { outcome } }`,
        {
          input: {
            practiceId: entry.id,
            outcome: award ? 'AWARD' : i % 2 ? 'CERTIFICATE_OF_MERIT' : 'ATTESTATION',
            juryText: award ? 'A model for the region.' : null,
            version: null,
          },
        },
      );
    }
  });

  it('shows none of the new entries in the public explorer before publication', async () => {
    expect(await publicCompetition()).toBeNull();
    const explorer = await browser.newPage();
    await explorer.goto(`${server.url}/competitions/${SLUG}`);
    await explorer.locator('h1').first().waitFor();
    expect(await explorer.getByRole('heading', { level: 1, name: TITLE }).count()).toBe(0);
    await explorer.goto(`${server.url}/practices?q=${SEARCH_WORD}`);
    await explorer.getByText(`No practices match “${SEARCH_WORD}”`).waitFor();
    expect(await explorer.getByRole('link', { name: SEARCH_TITLE }).count()).toBe(0);
    await explorer.close();
  });

  it("previews the results in the explorer's own page, which the public cannot open, and publishes", async () => {
    await page.reload();
    await confirm(page, 'Mark as decided', 'Yes: mark as decided');
    await page.getByText('The competition is now: Decided.').waitFor();

    await page.getByRole('link', { name: 'Preview and publish' }).click();
    await page.getByRole('heading', { level: 1, name: `Preview and publish ${TITLE}` }).waitFor();
    await page.getByText(`${ENTRY_COUNT} submitted, ${ENTRY_COUNT} with a decision`).waitFor();
    await expectNoAxeViolations(page);

    // The preview is the explorer's competition page itself, in a new tab of the staff session.
    const [preview] = await Promise.all([
      page.context().waitForEvent('page'),
      page.getByRole('link', { name: 'Open the preview of the public page (new tab)' }).click(),
    ]);
    preview.on('pageerror', (error) => pageErrors.push(error.message));
    await preview.waitForURL(previewUrl());
    await preview.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await preview.getByRole('status', { name: 'Preview — not published' }).waitFor();
    await preview.getByText(`There were ${ENTRY_COUNT} entries from`, { exact: false }).waitFor();
    for (const title of await entryTitles())
      await preview.getByRole('heading', { level: 3, name: title }).waitFor();
    await preview
      .getByRole('region', { name: 'Winning entry (1)' })
      .getByText('A model for the region.')
      .waitFor();
    expect(await preview.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await expectNoAxeViolations(preview);

    // Meanwhile an anonymous visitor (a browser of their own) sees nothing of it, at either address.
    const visitor = await browser.newContext();
    const anonymous = await visitor.newPage();
    await anonymous.goto(`${server.url}/competitions/${SLUG}`);
    await anonymous
      .getByRole('heading', { level: 1, name: 'We could not find that competition' })
      .waitFor();
    await anonymous.goto(previewUrl());
    await anonymous
      .getByRole('heading', { level: 1, name: 'Sign in to see this preview' })
      .waitFor();
    await anonymous.getByText('Error code: UNAUTHENTICATED').waitFor();
    const seen = await anonymous.locator('body').textContent();
    expect(seen).not.toContain(FORM_TITLE);
    expect(seen).not.toContain('A model for the region.');
    expect(await anonymous.getByRole('status', { name: 'Preview — not published' }).count()).toBe(
      0,
    );
    await visitor.close();
    expect(await publicCompetition()).toBeNull();

    await preview.close();
    await confirm(page, 'Publish the results', 'Yes: publish now');
    await page.getByText('The results are published.').waitFor();
    expect(await publicCompetition()).toEqual({
      title: TITLE,
      stats: { entries: ENTRY_COUNT, awards: 1 },
    });
  });

  it('shows every new entry in the public explorer after publication', async () => {
    const explorer = await browser.newPage();
    explorer.on('pageerror', (error) => pageErrors.push(error.message));
    await explorer.goto(`${server.url}/competitions/${SLUG}`);
    await explorer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await explorer.getByRole('status', { name: 'Preview — not published' }).count()).toBe(0);
    for (const title of await entryTitles())
      await explorer.getByRole('heading', { name: title }).waitFor();

    await explorer.goto(`${server.url}/practices?q=${SEARCH_WORD}`);
    await explorer.getByText(/1 practice found/).waitFor();
    await explorer.getByRole('link', { name: SEARCH_TITLE }).waitFor();
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
