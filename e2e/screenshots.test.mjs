// The README's screenshots, regenerated from the release build at a fixed viewport on every test
// run: docs/screenshots/*.png. Pages without dates or random ids on screen, so an unchanged app
// gives the same pictures.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openApp, setup } from './harness.mjs';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1280, height: 800 };

let env;
before(async () => {
  env = await setup();
  mkdirSync(OUT, { recursive: true });
});
after(async () => {
  await env?.close();
});

/** The width and height written in a PNG's header. */
function pngSize(path) {
  const png = readFileSync(path);
  assert.equal(png.subarray(1, 4).toString(), 'PNG', `${path} is a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Saves the viewport as docs/screenshots/<name>.png, scrolled to `part` of the page if given. */
async function shoot(page, name, part = null) {
  const path = `${OUT}${name}.png`;
  if (part) await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), part);
  await page.evaluate(() => document.activeElement?.blur());
  await page.screenshot({ path });
  assert.deepEqual(pngSize(path), VIEWPORT, name);
}

/** Opens the first worked example in a fresh profile and goes to `route` of it. */
async function example(locale, route, ready) {
  const context = await env.context({ locale, colorScheme: 'light', viewport: VIEWPORT });
  const page = await context.newPage();
  await openApp(page, env.origin);
  await page.locator('[data-testid=example-item] button').first().click();
  await page.waitForSelector('[data-testid=plan-title]');
  await page.evaluate((r) => (location.hash = location.hash.replace(/^(#\/p\/[^/]+)\/.*$/, `$1/${r}`)), route);
  await page.waitForSelector(ready);
  return { context, page };
}

describe('README screenshots', () => {
  test('start page', async () => {
    const context = await env.context({ colorScheme: 'light', viewport: VIEWPORT });
    const page = await context.newPage();
    await openApp(page, env.origin);
    await page.waitForSelector('[data-testid=example-item]');
    await shoot(page, 'start');
    await context.close();
  });

  test('a step of a worked example, with its checks', async () => {
    const { context, page } = await example('en-US', 'constraints', '[data-testid=risk-matrix]');
    await shoot(page, 'step-constraints', '[data-testid=risk-matrix]');
    await context.close();
  });

  test('the threshold calculator', async () => {
    const { context, page } = await example('en-US', 'calc/threshold', '[data-testid=roc-chart]');
    await shoot(page, 'calc-threshold', '.calc-answer');
    await context.close();
  });

  test('the Business Model Canvas', async () => {
    const { context, page } = await example('en-US', 'business', '[data-testid=bmc]');
    await shoot(page, 'canvas', '[data-testid=bmc]');
    await context.close();
  });

  test('in Korean', async () => {
    const { context, page } = await example('ko-KR', 'feasibility', '[data-testid=feasibility-verdict]');
    assert.equal(await page.getAttribute('html', 'lang'), 'ko');
    await shoot(page, 'ko-feasibility');
    await context.close();
  });
});
