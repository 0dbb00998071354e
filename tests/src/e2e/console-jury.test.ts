import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../support/axe.js';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import {
  clientFor,
  createStaffUser,
  signIn,
  startConsoleServer,
  type ConsoleServer,
  type StaffAccount,
} from '../support/console.js';

/**
 * The jury's workspace end to end, in Chromium against the production process: three members
 * assess, one declares a conflict, the chair records an Award, a special mention and two
 * certificates from the chair's table, the secretariat publishes, and the public competition
 * page shows exactly those results.
 *
 * The competition and its entries are written straight into the database (the secretariat's
 * screens for them are another feature), so the process runs on a PostgreSQL database of its own.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const dbName = `gpa_e2e_jury_${randomBytes(4).toString('hex')}`;
const databaseUrl = (() => {
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  return url.toString();
})();

async function serverReachable() {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

const SLUG = 'europe-2033';
const CRITERIA = ['Innovation', 'Results', 'Replicability', 'Relevance'];
const AWARD_TEXT = 'A model of service integration that the whole region can learn from.';
const MENTION_TEXT = 'For the rigour of its before-and-after evaluation.';

let enabled = false;
let server: ConsoleServer;
let db: pg.Client;
let browser: Browser;
let page: Page;
let chair: StaffAccount;
let alice: StaffAccount;
let bob: StaffAccount;
let secretariat: StaffAccount;
let competitionId: string;
const entries: { id: string; title: string; institution: string; country: string }[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (!browserAvailable || !(await serverReachable())) return;
  enabled = true;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  await admin.end();
  server = await startConsoleServer({ DATABASE_URL: databaseUrl });
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();

  chair = await createStaffUser(server.url, ['JURY'], 'Chiara Chair');
  alice = await createStaffUser(server.url, ['JURY'], 'Alice Assessor');
  bob = await createStaffUser(server.url, ['JURY'], 'Bruno Assessor');
  secretariat = await createStaffUser(server.url, ['SECRETARIAT'], 'Sara Secretariat');

  const { rows: institutions } = await db.query(
    `SELECT DISTINCT ON (c.id) i.id, i.name, c.name AS country FROM institution i JOIN country c ON c.id = i.country_id
      ORDER BY c.id, i.name LIMIT 4`,
  );
  const {
    rows: [competition],
  } = await db.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     SELECT $1, 'EUROPE', 2033, 'Europe 2033', id, 'JUDGING', 1 FROM triennium ORDER BY start_year DESC LIMIT 1
     RETURNING id`,
    [SLUG],
  );
  competitionId = competition.id;
  for (const [n, institution] of institutions.entries()) {
    const title = `Practice ${['Alpha', 'Bravo', 'Charlie', 'Delta'][n]} of Europe 2033`;
    const {
      rows: [row],
    } = await db.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, position, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id`,
      [
        `practice-${n}-europe-2033`,
        competitionId,
        institution.id,
        title,
        `What ${title} did.`,
        n + 1,
      ],
    );
    entries.push({
      id: row.id,
      title,
      institution: institution.name,
      country: institution.country,
    });
  }
  for (const [position, member] of [chair, alice, bob].entries())
    await db.query(
      `INSERT INTO jury_member (competition_id, position, description, name, user_id, is_chair)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [competitionId, position + 1, 'Member of the jury', member.name, member.id, position === 0],
    );

  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await db?.end();
  await server?.stop();
  if (enabled) {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
});

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64url');

async function signOut() {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.waitForURL(/\/console\/sign-in/);
}

/** Scores every criterion on the entry page and submits, using the keyboard for the scale. */
async function assessOnPage(values: number[], outcome: string) {
  const form = page.getByRole('region', { name: 'My assessment' });
  for (const [i, criterion] of CRITERIA.entries()) {
    const group = form.getByRole('group', { name: new RegExp(`^${criterion}`) });
    const label = { 1: '1 (weak)', 5: '5 (excellent)' }[values[i]!] ?? String(values[i]);
    await group.getByRole('radio', { name: label, exact: true }).focus();
    await page.keyboard.press('Space');
  }
  await form.getByLabel('Proposed outcome').selectOption({ label: outcome });
  await form.getByRole('button', { name: 'Submit assessment' }).click();
  await form.getByText('Your assessment is submitted.').waitFor();
}

describe.skipIf(!browserAvailable)('the jury workspace in Chromium', () => {
  it('takes a member from "my competitions" through assessing with the next entry to assess', async (ctx) => {
    if (!enabled) return ctx.skip();
    await signIn(page, server.url, alice.email, alice.password);
    await page.goto(`${server.url}/console/jury`);
    await page.getByRole('heading', { level: 1, name: 'My competitions' }).waitFor();
    await expectNoAxeViolations(page);
    const row = page.getByRole('row', { name: /Europe 2033/ });
    await expect(row.textContent()).resolves.toContain('0 of 4');
    await row.getByRole('link', { name: entries[0]!.title }).click();
    await page.getByRole('heading', { level: 1, name: entries[0]!.title }).waitFor();
    await expect(
      page.getByRole('region', { name: 'Other members’ assessments' }).textContent(),
    ).resolves.toContain('Submit your own assessment');
    await expectNoAxeViolations(page);
    await assessOnPage([5, 5, 4, 5], 'Award');
    // Then the next entry to assess, three times.
    const plan: [number[], string][] = [
      [[4, 4, 4, 4], 'Certificate of Merit with Special Mention from the Jury'],
      [[3, 3, 3, 3], 'Certificate of Merit'],
      [[3, 2, 3, 3], 'Certificate of Merit'],
    ];
    for (const [n, [values, outcome]] of plan.entries()) {
      await page.getByRole('link', { name: 'Next entry to assess' }).click();
      await page.getByRole('heading', { level: 1, name: entries[n + 1]!.title }).waitFor();
      await assessOnPage(values, outcome);
    }
    await page.goto(
      `${server.url}/console/jury/competitions/${globalId('Competition', competitionId)}`,
    );
    await page.getByRole('heading', { level: 1, name: 'Europe 2033' }).waitFor();
    await page.getByText(/You have assessed 4 of 4 entries/).waitFor();
    await page.getByLabel('Show').selectOption({ label: 'To do' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No entry matches.').waitFor();
    await expectNoAxeViolations(page);
    await signOut();
  });

  it('lets a member declare a conflict, which hides the entry’s deliberation from them', async (ctx) => {
    if (!enabled) return ctx.skip();
    await signIn(page, server.url, bob.email, bob.password);
    await page.goto(`${server.url}/console/jury/entries/${globalId('Practice', entries[0]!.id)}`);
    await page.getByRole('heading', { level: 1, name: entries[0]!.title }).waitFor();
    await assessOnPage([5, 4, 5, 5], 'Award');
    // Once submitted, Alice's assessment shows.
    await page
      .getByRole('region', { name: 'Other members’ assessments' })
      .getByRole('rowheader', { name: alice.name })
      .waitFor();
    const deliberation = page.getByRole('region', { name: 'Deliberation' });
    await deliberation.getByLabel('Your message').fill('The clearest winner of the year.');
    await deliberation.getByRole('button', { name: 'Post to the deliberation' }).click();
    await deliberation.getByText('The clearest winner of the year.').waitFor();

    await page.goto(`${server.url}/console/jury/entries/${globalId('Practice', entries[2]!.id)}`);
    await page.getByRole('heading', { level: 1, name: entries[2]!.title }).waitFor();
    const conflict = page.getByRole('region', { name: 'Conflict of interest' });
    await conflict
      .getByLabel('Reason for a conflict of interest')
      .fill('I advised this institution in 2031.');
    await conflict.getByRole('button', { name: 'Declare a conflict of interest' }).click();
    await conflict.getByText('You declared a conflict:').waitFor();
    await page.getByText(/closed to you because of your conflict of interest/).waitFor();
    await expect(
      page.getByRole('region', { name: 'My assessment' }).textContent(),
    ).resolves.toContain('you do not assess it');
    await expectNoAxeViolations(page);
    await page.goto(`${server.url}/console/jury/entries/${globalId('Practice', entries[1]!.id)}`);
    await page.getByRole('heading', { level: 1, name: entries[1]!.title }).waitFor();
    await assessOnPage([4, 5, 4, 4], 'Certificate of Merit with Special Mention from the Jury');
    await signOut();
  });

  it('gives the chair the table, where the decisions are recorded', async (ctx) => {
    if (!enabled) return ctx.skip();
    await signIn(page, server.url, chair.email, chair.password);
    // The chair sees the others' scores of an entry only once their own assessment of it is in.
    const chairs: [number, number[], string][] = [
      [0, [5, 4, 5, 5], 'Award'],
      [1, [4, 4, 4, 3], 'Certificate of Merit with Special Mention from the Jury'],
      [2, [3, 3, 3, 3], 'Certificate of Merit'],
      [3, [3, 3, 2, 3], 'Certificate of Merit'],
    ];
    for (const [n, values, outcome] of chairs) {
      await page.goto(`${server.url}/console/jury/entries/${globalId('Practice', entries[n]!.id)}`);
      await page.getByRole('heading', { level: 1, name: entries[n]!.title }).waitFor();
      await assessOnPage(values, outcome);
    }
    await page.goto(`${server.url}/console/jury`);
    await page.getByRole('link', { name: 'Chair’s table' }).click();
    await page.getByRole('heading', { level: 1, name: /Chair’s table/ }).waitFor();
    const table = page.getByRole('table');
    const rowOf = (n: number) => table.getByRole('row', { name: new RegExp(entries[n]!.title) });
    await expect(rowOf(0).textContent()).resolves.toMatch(/Award 3/);
    await expect(rowOf(2).textContent()).resolves.toContain(
      `${bob.name} (I advised this institution in 2031.)`,
    );
    // Sort by weighted mean: the best first.
    await table.getByRole('button', { name: 'Weighted mean' }).click();
    await table.locator('th[aria-sort="descending"]').waitFor();
    await expect(table.getByRole('row').nth(1).textContent()).resolves.toContain(entries[0]!.title);
    await expectNoAxeViolations(page);

    const decide = async (n: number, outcome: string, text?: string) => {
      await rowOf(n)
        .getByRole('button', { name: `Decide on ${entries[n]!.title}` })
        .click();
      const panel = page.getByRole('region', { name: `Decision on “${entries[n]!.title}”` });
      await expect.poll(() => panel.evaluate((el) => el === document.activeElement)).toBe(true);
      await panel.getByLabel('Outcome').selectOption({ label: outcome });
      if (text !== undefined)
        await panel
          .getByLabel(outcome === 'Award' ? 'The Jury’s comment' : 'Special mention text')
          .fill(text);
      await panel.getByRole('button', { name: 'Record the decision' }).click();
      await panel.getByText(`Recorded: ${outcome}.`).waitFor();
    };
    // The server's rule shows in the form: the Award needs its comment.
    await rowOf(0)
      .getByRole('button', { name: `Decide on ${entries[0]!.title}` })
      .click();
    const first = page.getByRole('region', { name: `Decision on “${entries[0]!.title}”` });
    await first.getByLabel('Outcome').selectOption({ label: 'Award' });
    await first.getByRole('button', { name: 'Record the decision' }).click();
    await first
      .getByRole('alert')
      .getByText(/jury’s comment/i)
      .waitFor();
    await expectNoAxeViolations(page);

    await decide(0, 'Award', AWARD_TEXT);
    await decide(1, 'Certificate of Merit with Special Mention from the Jury', MENTION_TEXT);
    await decide(2, 'Certificate of Merit');
    await decide(3, 'Certificate of Merit');
    // A second Award is refused by the server.
    await rowOf(3)
      .getByRole('button', { name: `Decide on ${entries[3]!.title}` })
      .click();
    const again = page.getByRole('region', { name: `Decision on “${entries[3]!.title}”` });
    await again.getByLabel('Outcome').selectOption({ label: 'Award' });
    await again.getByLabel('The Jury’s comment').fill('Also excellent.');
    await again.getByRole('button', { name: 'Record the decision' }).click();
    await again
      .getByRole('alert')
      .getByText(/one Award/)
      .waitFor();
    await expect(rowOf(0).textContent()).resolves.toContain('Award');
    await signOut();
  });

  it('publishes, and the public competition page shows exactly those results', async (ctx) => {
    if (!enabled) return ctx.skip();
    // The secretariat sees the competition, its criteria and every conflict.
    await signIn(page, server.url, secretariat.email, secretariat.password);
    await page.goto(
      `${server.url}/console/jury/competitions/${globalId('Competition', competitionId)}`,
    );
    await page.getByRole('heading', { level: 2, name: 'Assessment criteria' }).waitFor();
    await expect(page.getByLabel('Name').first().inputValue()).resolves.toBe('Innovation');
    await expectNoAxeViolations(page);
    await signOut();

    const staff = await clientFor(server.url, secretariat);
    const id = globalId('Competition', competitionId);
    for (const status of ['DECIDED', 'PUBLISHED']) {
      const { managedCompetition } = await staff.must(
        `query($id: ID!) { managedCompetition(id: $id) { version } }`,
        { id },
      );
      await staff.must(
        `mutation($id: ID!, $s: CompetitionStatus!, $v: Int!) { setCompetitionStatus(id: $id, status: $s, expectedVersion: $v) { status } }`,
        { id, s: status, v: managedCompetition.version },
      );
    }
    await page.goto(`${server.url}/competitions/${SLUG}`);
    await page.getByRole('heading', { level: 1, name: 'Europe 2033' }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(headings.filter((h) => /\(\d+\)$/.test(h))).toEqual([
      'Winning entry (1)',
      'Certificates of Merit with Special Mention from the Jury (1)',
      'Certificates of Merit (2)',
    ]);
    const winner = page.getByRole('region', { name: 'Winning entry (1)' });
    await expect(winner.textContent()).resolves.toContain(entries[0]!.title);
    await expect(winner.textContent()).resolves.toContain(AWARD_TEXT);
    const mention = page.getByRole('region', {
      name: 'Certificates of Merit with Special Mention from the Jury (1)',
    });
    await expect(mention.textContent()).resolves.toContain(entries[1]!.title);
    await expect(mention.textContent()).resolves.toContain(MENTION_TEXT);
    const merits = await page
      .getByRole('region', { name: 'Certificates of Merit (2)' })
      .textContent();
    expect(merits).toContain(entries[2]!.title);
    expect(merits).toContain(entries[3]!.title);
    await page.getByText(/There were 4 entries/).waitFor();
    // Nothing of the jury's work is public: no scores, no deliberation.
    const body = await page.locator('body').textContent();
    expect(body).not.toContain('The clearest winner of the year.');
    expect(body).not.toContain('I advised this institution');
    expect(consoleErrors).toEqual([]);
  });
});
