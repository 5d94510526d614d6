// Shared set-up for the end-to-end tests: Debian Chromium driven by playwright-core, the release
// build served on 127.0.0.1, and an axe-core check.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect } from 'node:util';
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

/** The start page's text for an empty plan library ("No plans yet…"). */
export const EMPTY_LIBRARY = 'p.empty[data-testid=plan-list]';

/** Opens the app at `path` (a fragment like '#/p/x/goals' may follow) and waits for it to mount. */
export async function openApp(page, origin, path = '/') {
  await page.goto(origin + path);
  await page.waitForSelector('.app-header');
}

/** Starts a new plan from the start page and gives it `title`. */
export async function createPlan(page, title) {
  await page.click('[data-testid=new-plan]');
  await page.waitForSelector('[data-testid=plan-title]');
  await page.fill('[data-testid=plan-title]', title);
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

// Expect-style assertions for state that follows an action. playwright-core's reads (inputValue,
// textContent, count, evaluate, …) return what the page shows at that instant, and the page
// updates after a click, a fill, a key press or a navigation in a task of its own; a bare read
// right after an action races the app. These retry the read until the assertion holds, and
// otherwise fail with the assertion's own error and the last value seen.

/** How long an expectation waits for the page to reach the state it asserts. */
export const EXPECT_TIMEOUT_MS = 10_000;

/**
 * Reads with `read` until `check(value)` neither throws nor returns false, and returns that
 * value; after `timeout` ms fails with the last failure (an AssertionError from `check`, or the
 * read's own error), its message naming the last value seen.
 */
export async function expectEventually(read, check, message = 'the expected state', timeout = EXPECT_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  for (let pause = 20; ; pause = Math.min(pause * 2, 200)) {
    let value;
    let failure;
    try {
      value = await read();
      if (check(value) !== false) return value;
      failure = new assert.AssertionError({ message, actual: value, expected: true, operator: 'expectEventually' });
    } catch (error) {
      failure = error;
    }
    if (Date.now() + pause > deadline) {
      failure.message = `${failure.message}\n    (still so after ${timeout} ms; last value seen: ${inspect(value)})`;
      throw failure;
    }
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}

/** `actual` equals `expected` (deeply), or matches it when `expected` is a RegExp. */
function assertLike(actual, expected, message) {
  if (expected instanceof RegExp) assert.match(actual, expected, message);
  else assert.deepEqual(actual, expected, message);
}

/** A read of one element that gives up soon, so that a missing element is retried too. */
const READ = { timeout: 500 };

/** The locator's text content comes to equal `expected` (a string) or match it (a RegExp). */
export function expectText(locator, expected, message) {
  return expectEventually(() => locator.textContent(READ), (v) => assertLike(v, expected, message), message);
}

/** The text contents of every element the locator matches come to equal `expected`, in order. */
export function expectTexts(locator, expected, message) {
  return expectEventually(() => locator.allTextContents(), (v) => assertLike(v, expected, message), message);
}

/** The input's value comes to equal `expected` (a string) or match it (a RegExp). */
export function expectValue(locator, expected, message) {
  return expectEventually(() => locator.inputValue(READ), (v) => assertLike(v, expected, message), message);
}

/** The locator comes to match exactly `n` elements. */
export function expectCount(locator, n, message) {
  return expectEventually(() => locator.count(), (v) => assert.equal(v, n, message), message);
}

/** The attribute comes to equal `expected` (null: absent) or match it (a RegExp). */
export function expectAttribute(locator, name, expected, message) {
  return expectEventually(() => locator.getAttribute(name, READ), (v) => assertLike(v, expected, message), message);
}

/**
 * The page's localStorage (as `storageEntries` gives it) comes to pass `check`, which asserts
 * or returns false; returns the entries that passed.
 */
export function expectStorage(page, check, message) {
  return expectEventually(() => storageEntries(page), check, message);
}

/** The stored plans, parsed, keyed by id (damaged records left out). */
export function storedPlans(entries) {
  const plans = {};
  for (const [key, value] of Object.entries(entries)) {
    if (!key.startsWith('mlplan.v1.plan.')) continue;
    try {
      plans[key.slice('mlplan.v1.plan.'.length)] = JSON.parse(value);
    } catch {
      // a damaged record
    }
  }
  return plans;
}

/**
 * Writes the edit the app holds back (it saves 400 ms after the last keystroke, and at once
 * when the page is hidden) by telling it the page's visibility changed. For asserting that an
 * edit stored nothing: afterwards, nothing more is on its way to storage.
 */
export async function flushSaves(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
}
