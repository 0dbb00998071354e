import { type Page } from 'playwright-core';
import { expect } from 'vitest';
import { type StaffAccount } from './console.js';

/**
 * Page interactions the console's browser tests share: each one does what a secretariat user
 * does on one screen and waits for what they would see.
 */

/** `n` distinct words, for word-count limits. */
export const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

/**
 * Presses a button that asks for confirmation, checks that the confirming answer takes focus
 * and confirms with Enter, as a keyboard user would.
 */
export async function confirm(page: Page, label: string, confirmLabel: string) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const yes = page.getByRole('button', { name: confirmLabel });
  await expect.poll(() => yes.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Enter');
}

/**
 * On a new-entry page: types a full submission for the Iranian Social Security Organization,
 * waiting for the draft to save itself, and on the way a summary one word too long whose error
 * is shown and then fixed. Leaves the form filled in, not yet submitted.
 */
export async function fillFullSubmission(page: Page, title: string) {
  await page.getByRole('heading', { level: 1, name: 'New entry' }).waitFor();
  await page.getByLabel('Title').fill(title);
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
}

/** Submits the entry form by keyboard and waits for the confirmation. */
export async function submitEntryByKeyboard(page: Page) {
  await page.getByRole('button', { name: 'Submit entry' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText('The entry is submitted.').waitFor();
  await page.getByText('Status: Submitted').waitFor();
}

/** On the import page: chooses a file (a path, or a name and its contents) and checks it. */
export async function checkImportFile(
  page: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
}

/**
 * On a competition's jury page: adds `juror` with a public description (after the error for
 * adding no one) and makes them the chair.
 */
export async function seatJuryChair(page: Page, juror: StaffAccount) {
  await page.getByRole('button', { name: 'Add to the jury' }).click();
  await page.getByText('Choose a person with the jury role.').waitFor();
  await page.getByLabel('Person').selectOption({ label: `${juror.name} (${juror.email})` });
  await page
    .getByLabel('Public description')
    .fill('Chairperson of the Editorial Board of the International Social Security Review');
  await page.getByRole('button', { name: 'Add to the jury' }).click();
  await page.getByText('The member is added to the jury.').waitFor();
  await page.getByRole('button', { name: `Make ${juror.name} the chair` }).click();
  await page.getByText(`${juror.name} now chairs the jury.`).waitFor();
}
