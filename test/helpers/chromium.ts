/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium (RAPPORT_CHROMIUM overrides), driven by
 * the repository's playwright-core, with the flags that work as root in a container.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.RAPPORT_CHROMIUM ?? '/usr/bin/chromium';

export const hasChromium = (): boolean => existsSync(CHROMIUM);

/** Skips the test where Chromium is missing, except in CI, where .ci/run installs it and a skip would hide a gap. */
export function requireChromium(test: { skip(): void }): void {
  if (hasChromium()) return;
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM} (apt-get install -y chromium)`);
  test.skip();
}

export function launchChromium(env?: NodeJS.ProcessEnv): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ...(env ? { env } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
