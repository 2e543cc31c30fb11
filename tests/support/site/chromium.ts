import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium: test tools cannot download a browser here, so playwright-core drives this one. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** True when the browser is installed (`apt-get install -y chromium`; .ci/run does it). */
export const hasChromium = existsSync(CHROMIUM_PATH);

/** True where browser tests skip: no chromium here, outside CI (in CI, .ci/run installs it and a missing one must fail). */
export const skipChromium = !hasChromium && !process.env['CI'];

// Headless without a sandbox (root in a container), and nothing that reaches the network by itself.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch Debian's headless chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
}
