import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Browser tests run wherever Chromium is installed. In CI a missing Chromium is a failure (the
 * CI script installs it); on a developer's machine without it they are skipped.
 */
export const browserAvailable = existsSync(CHROMIUM);
if (!browserAvailable && process.env.CI) {
  throw new Error(
    `Chromium is required in CI but ${CHROMIUM} does not exist (apt-get install chromium).`,
  );
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
