// Shared set-up for the end-to-end tests: Debian Chromium driven by playwright-core, the release
// build served on 127.0.0.1, and an axe-core check.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.mjs';

const require = createRequire(join(fileURLToPath(import.meta.url), '../../tools/package.json'));
const { chromium } = require('playwright-core');
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/** Flags for a quiet, local-only headless Chromium (also used by scripts/lighthouse.mjs). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Starts the server and a browser; returns helpers and a `close` for the test's `after`. */
export async function setup() {
  const served = await startServer(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    origin: served.origin,
    browser,
    /** A fresh profile (empty localStorage) with its own options. */
    async context(options = {}) {
      return browser.newContext({ locale: 'en-US', ...options });
    },
    async close() {
      await browser.close();
      await served.close();
    },
  };
}

/** Opens the app at `path` (a fragment like '#/p/x/goals' may follow) and waits for it to mount. */
export async function openApp(page, origin, path = '/') {
  await page.goto(origin + path);
  await page.waitForSelector('.app-header');
}

/** Runs axe-core on the page and returns its violations, formatted for an assertion message. */
export async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  return result;
}

/** Every localStorage entry of the page's origin. */
export async function storageEntries(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

export function tempDir() {
  return mkdtempSync(join(tmpdir(), 'mlplan-e2e-'));
}
