// The README's screenshots, regenerated from the release build at a fixed viewport on every test
// run: docs/screenshots/*.png. Pages without dates or random ids on screen, so an unchanged app
// gives the same pictures; a file is rewritten only when its picture changed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { EMPTY_LIBRARY, expectAttribute, openApp, setup } from './harness.mjs';

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
function pngSize(png, name) {
  assert.equal(png.subarray(1, 4).toString(), 'PNG', `${name} is a PNG`);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/**
 * Whether two PNGs show the same picture. Chromium's rasterizer can shade an anti-aliased edge
 * one step differently from run to run (seen on a rounded input border), so channels may differ
 * by up to 2 of 255; anything more, or a different size, is a different picture. Compared in a
 * blank page of `context`, which decodes PNGs.
 */
async function samePicture(context, a, b) {
  const page = await context.newPage();
  try {
    return await page.evaluate(async ([a, b]) => {
      const pixels = async (base64) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext('2d');
        context.drawImage(bitmap, 0, 0);
        return context.getImageData(0, 0, bitmap.width, bitmap.height);
      };
      const [x, y] = await Promise.all([pixels(a), pixels(b)]);
      if (x.width !== y.width || x.height !== y.height) return false;
      return x.data.every((v, i) => Math.abs(v - y.data[i]) <= 2);
    }, [a.toString('base64'), b.toString('base64')]);
  } finally {
    await page.close();
  }
}

/**
 * Saves the viewport as docs/screenshots/<name>.png, scrolled to `part` of the page if given.
 * The file is left as it is when the picture has not changed, so a test run does not touch it.
 */
async function shoot(page, name, part = null) {
  const path = `${OUT}${name}.png`;
  if (part) await page.evaluate((s) => document.querySelector(s).scrollIntoView({ block: 'start' }), part);
  await page.evaluate(() => document.activeElement?.blur());
  const png = await page.screenshot();
  assert.deepEqual(pngSize(png, name), VIEWPORT, name);
  if (!existsSync(path) || !(await samePicture(page.context(), readFileSync(path), png))) writeFileSync(path, png);
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
    await page.waitForSelector(EMPTY_LIBRARY);
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
    await expectAttribute(page.locator('html'), 'lang', 'ko');
    await shoot(page, 'ko-feasibility');
    await context.close();
  });
});
