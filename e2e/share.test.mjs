// End-to-end tests of sharing, files, offline use and the single-file build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { cpSync } from 'node:fs';
import {
  axeViolations,
  DIST,
  expectAttribute,
  expectCount,
  expectStorage,
  expectText,
  expectValue,
  flushSaves,
  openApp,
  setup,
  storageEntries,
  storedPlans,
  tempDir,
} from './harness.mjs';
import { startServer } from './server.mjs';

const HOSTILE = JSON.parse(readFileSync(new URL('../tests/fixtures/hostile-links.json', import.meta.url), 'utf8'));
const SINGLE_FILE = fileURLToPath(new URL('../dist-single/mlplan.html', import.meta.url));

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function planWithText(page, title) {
  await openApp(page, env.origin);
  await page.click('[data-testid=new-plan]');
  await page.fill('[data-testid=plan-title]', title);
  await page.fill('#problem-statement', '주문이 늦게 도착하는 문제');
  await page.fill('#problem-who', 'customers');
  await page.fill('#problem-value', 'fewer refunds');
}

/** Opens the share panel, picks the kind of link (the panel opens on `s`) and waits for it. */
async function shareLink(page, kind = null) {
  await page.click('[data-testid=share-button]');
  if (kind) await page.check(`#share-kind-${kind}`);
  return expectValue(page.locator('[data-testid=share-url]'), new RegExp(`#/${kind ?? 's'}/`), 'the link is shown');
}

/** The stored plan titled `title` comes to pass `check`. */
const expectStoredTitled = (page, title, check = () => true, message = `“${title}” is saved`) =>
  expectStorage(page, (stored) => Object.values(storedPlans(stored)).some((p) => p.title === title && check(p)), message);

describe('share panel', () => {
  test('gives a link in the fragment, its length, a QR code and the link kinds', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await planWithText(page, 'Late deliveries');
    const link = await shareLink(page);
    assert.ok(link.startsWith(env.origin + '/#/s/'), link);
    assert.ok(!link.includes('?'), 'nothing in the query string');
    await expectAttribute(page.locator('[data-testid=share-length]'), 'data-length', String(link.length));
    await expectCount(page.locator('[data-testid=share-qr] path'), 1);
    await page.check('#share-kind-v');
    await expectValue(page.locator('[data-testid=share-url]'), /#\/v\//);
    await page.check('#share-kind-c');
    await expectValue(page.locator('[data-testid=share-url]'), /#\/c\//);
    await context.close();
  });

  test('a long plan warns about chat limits and drops the QR code for a clear message', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await planWithText(page, 'Long plan');
    const noise = Array.from({ length: 4000 }, (_, i) => ((i * 2654435761) >>> 7).toString(36)).join(' ');
    await page.fill('#problem-current', noise);
    await page.click('[data-testid=share-button]');
    await page.waitForSelector('[data-testid=share-length].warn, [data-testid=share-length].bad');
    await expectCount(page.locator('[data-testid=share-qr-too-long]'), 1);
    await expectCount(page.locator('[data-testid=share-qr]'), 0);
    await context.close();
  });
});

describe('opening a link', () => {
  test('preview, then save as a new plan: a local plan with the same id is never touched', async () => {
    const sender = await env.context();
    const page = await sender.newPage();
    await planWithText(page, 'Shared plan');
    const link = await shareLink(page);
    const sharedId = new URL(page.url()).hash.split('/')[2];
    const sharedJson = (await expectStorage(page, (e) => `mlplan.v1.plan.${sharedId}` in e))[`mlplan.v1.plan.${sharedId}`];
    await sender.close();

    const receiver = await env.context();
    const other = await receiver.newPage();
    // The receiver already has a plan with the very same id.
    const mine = JSON.parse(sharedJson);
    mine.title = 'My own plan';
    await other.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    }, [`mlplan.v1.plan.${sharedId}`, JSON.stringify(mine)]);
    await other.goto(link);
    await other.waitForSelector('[data-testid=link-preview]');
    await expectText(other.locator('[data-testid=link-preview]'), /Shared plan/);
    assert.match(await other.getAttribute('[data-testid=link-preview]', 'data-link-format'), /^[12]$/);
    const before = await storageEntries(other);
    await other.click('[data-testid=link-save]');
    await other.waitForSelector('[data-testid=plan-title]');
    await expectValue(other.locator('[data-testid=plan-title]'), 'Shared plan');
    const after = await expectStoredTitled(other, 'Shared plan');
    assert.equal(after[`mlplan.v1.plan.${sharedId}`], before[`mlplan.v1.plan.${sharedId}`], 'the local plan is unchanged');
    const plans = Object.keys(after).filter((k) => k.startsWith('mlplan.v1.plan.'));
    assert.equal(plans.length, 2);
    await receiver.close();
  });

  test('just view and read-only links store nothing', async () => {
    const sender = await env.context();
    const page = await sender.newPage();
    await planWithText(page, 'View only');
    const link = await shareLink(page, 'v');
    await sender.close();
    const receiver = await env.context();
    const other = await receiver.newPage();
    await other.goto(link);
    await other.waitForSelector('[data-testid=link-preview]');
    assert.equal(await other.locator('[data-testid=link-view]').count(), 0, 'read-only opens the view at once');
    await flushSaves(other);
    const stored = await storageEntries(other);
    assert.deepEqual(Object.keys(stored).filter((k) => k.startsWith('mlplan.v1.plan.')), []);
    await receiver.close();
  });

  test('hostile links: no script runs and no local data changes', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await planWithText(page, 'Precious local plan');
    const before = await expectStoredTitled(page, 'Precious local plan', (p) => p.problem?.value === 'fewer refunds');
    for (const entry of HOSTILE) {
      await page.goto(`${env.origin}/#/s/${entry.payload}`);
      await page.reload();
      await page.waitForSelector('[data-testid=link-preview], [data-testid=link-error]');
      const shown = (await page.locator('[data-testid=link-error]').count()) > 0 ? 'error' : 'preview';
      if (entry.expect !== 'any') assert.equal(shown, entry.expect, entry.name);
      if (shown === 'preview' && (await page.locator('[data-testid=link-view]').count()) > 0) {
        await page.click('[data-testid=link-view]');
        await page.waitForSelector('.shared-view [data-testid=report] h1');
      }
      await flushSaves(page);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${entry.name}: a script ran`);
      assert.equal(await page.locator('main script, main img, main svg[onload]').count(), 0, entry.name);
      const now = await storageEntries(page);
      const planKeys = (o) => Object.fromEntries(Object.entries(o).filter(([k]) => k.startsWith('mlplan.v1.plan.')));
      assert.deepEqual(planKeys(now), planKeys(before), `${entry.name}: local plans changed`);
    }
    await context.close();
  });

  test('a broken link explains what is wrong in the chosen language', async () => {
    const context = await env.context({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto(`${env.origin}/#/s/1.AAAA`);
    await page.waitForSelector('[data-testid=link-error]');
    await expectText(page.locator('[data-testid=link-error]'), /링크/);
    await page.click('[data-testid=link-error] a');
    await page.waitForSelector('[data-testid=new-plan]');
    await context.close();
  });
});

describe('files', () => {
  test('export a plan, import it back as a copy; a bad file names the field', async () => {
    const context = await env.context({ acceptDownloads: true });
    const page = await context.newPage();
    await planWithText(page, 'Exported');
    await page.click('[data-testid=share-button]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-json]')]);
    const file = join(tempDir(), 'plan.json');
    await download.saveAs(file);
    const text = readFileSync(file, 'utf8');
    assert.match(text, /"format": "mlplan-plans"/);
    await page.click('a.brand');
    await page.setInputFiles('[data-testid=import-file]', file);
    await page.waitForSelector('[data-testid=import-result]');
    await expectCount(page.locator('[data-testid=plan-item]'), 2, 'the duplicate id came in as a copy');

    const bad = join(tempDir(), 'bad.json');
    writeFileSync(bad, JSON.stringify({ format: 'mlplan-plans', version: 1, plans: [{ schema: 1, id: 'z', goals: { objectives: [{ name: 5 }] } }] }));
    await page.setInputFiles('[data-testid=import-file]', bad);
    await page.waitForFunction(() => document.querySelector('[data-testid=import-result]')?.textContent.includes('goals.objectives[0].name'));
    await expectCount(page.locator('[data-testid=plan-item]'), 2, 'the bad file added nothing');
    await context.close();
  });
});

describe('offline', () => {
  test('after one visit the app loads, edits and opens links with the network off', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await planWithText(page, 'Offline source');
    const link = await shareLink(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    await page.goto(env.origin + '/');
    await page.waitForSelector('[data-testid=new-plan]');
    await page.click('[data-testid=new-plan]');
    await page.fill('[data-testid=plan-title]', 'Made offline');
    await expectStoredTitled(page, 'Made offline');
    await page.reload();
    await page.waitForSelector('[data-testid=plan-title]');
    await expectValue(page.locator('[data-testid=plan-title]'), 'Made offline');
    // The worked examples' plan files are fetched when opened; the worker has them.
    await page.goto(env.origin + '/');
    await page.locator('[data-testid=example-item] button').first().click();
    await page.waitForFunction(() => document.querySelector('[data-testid=plan-title]')?.value.length > 0);
    await page.goto(link);
    await page.waitForSelector('[data-testid=link-preview]');
    await context.setOffline(false);
    await context.close();
  });

  test('the offline worker starts only once the page has the chunks it asked for', async () => {
    const source = await env.context();
    const sourcePage = await source.newPage();
    await planWithText(sourcePage, 'Worker after chunks');
    const link = await shareLink(sourcePage);
    await source.close();
    // A first visit, straight to a link: its page needs the reader and the sharing chunks.
    const context = await env.context();
    const page = await context.newPage();
    await page.addInitScript(() => {
      const register = ServiceWorkerContainer.prototype.register;
      ServiceWorkerContainer.prototype.register = function (...args) {
        globalThis.workerRegisteredAt = performance.now();
        return register.apply(this, args);
      };
    });
    const chunk = /\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/;
    let release;
    let asked;
    const held = new Promise((resolve) => (release = resolve));
    const chunkAsked = new Promise((resolve) => (asked = resolve));
    await page.route(chunk, async (route) => {
      asked();
      await held;
      await route.continue();
    });
    await page.goto(link);
    await page.waitForSelector('.app-header');
    // The page is waiting for its chunks, and has run everything it had to do meanwhile.
    await chunkAsked;
    await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5000 })));
    assert.equal(await page.evaluate(() => globalThis.workerRegisteredAt), undefined, 'no worker while the chunks load');
    release();
    await page.waitForSelector('[data-testid=link-preview]');
    await page.waitForFunction(() => globalThis.workerRegisteredAt !== undefined);
    const { chunksDone, registeredAt } = await page.evaluate((source) => ({
      chunksDone: performance.getEntriesByType('resource').filter((e) => new RegExp(source).test(e.name)).map((e) => e.responseEnd),
      registeredAt: globalThis.workerRegisteredAt,
    }), chunk.source);
    assert.ok(chunksDone.length > 0, 'the link page fetched its chunks');
    assert.ok(chunksDone.every((t) => t < registeredAt), `chunks done at ${chunksDone.map(Math.round)} ms, worker at ${Math.round(registeredAt)} ms`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await context.close();
  });

  test('a new deploy is picked up on the next load, not held back by the worker', async () => {
    const site = join(tempDir(), 'site');
    cpSync(DIST, site, { recursive: true });
    const served = await startServer(site);
    const context = await env.context();
    const page = await context.newPage();
    await openApp(page, served.origin);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const index = join(site, 'index.html');
    writeFileSync(index, readFileSync(index, 'utf8').replace('<title>', '<meta name="deploy" content="second"><title>'));
    await page.reload();
    await page.waitForSelector('.app-header');
    assert.equal(await page.getAttribute('meta[name=deploy]', 'content'), 'second');
    await context.close();
    await served.close();
  });

  test('the manifest makes it installable', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await openApp(page, env.origin);
    const href = await page.getAttribute('link[rel=manifest]', 'href');
    const manifest = await (await page.request.get(new URL(href, env.origin + '/').href)).json();
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));
    await context.close();
  });
});

describe('single-file build', () => {
  test('runs from file:// and keeps a plan across a reload', { skip: !existsSync(SINGLE_FILE) && 'run scripts/single-file.mjs first' }, async () => {
    const context = await env.context();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(pathToFileURL(SINGLE_FILE).href);
    await page.waitForSelector('[data-testid=new-plan]');
    await page.click('[data-testid=new-plan]');
    await page.fill('[data-testid=plan-title]', 'From a USB stick');
    await expectStoredTitled(page, 'From a USB stick');
    await page.reload();
    await page.waitForSelector('[data-testid=plan-title]');
    await expectValue(page.locator('[data-testid=plan-title]'), 'From a USB stick');
    // The worked examples travel inside the file too.
    await page.goto(pathToFileURL(SINGLE_FILE).href + '#/');
    const title = (await page.locator('[data-testid=example-item] h3').last().textContent()).trim();
    await page.locator('[data-testid=example-item] button').last().click();
    await page.waitForFunction((t) => document.querySelector('[data-testid=plan-title]')?.value === t, title);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('accessibility of sharing (axe-core)', () => {
  for (const locale of ['en-US', 'ko-KR']) {
    test(`share panel and link preview in ${locale}: no violations`, async () => {
      const context = await env.context({ locale, bypassCSP: true });
      const page = await context.newPage();
      await planWithText(page, 'Accessible share');
      const link = await shareLink(page);
      assert.deepEqual(await axeViolations(page), [], 'share panel');
      await page.goto(link);
      await page.reload();
      await page.waitForSelector('[data-testid=link-preview]');
      assert.deepEqual(await axeViolations(page), [], 'link preview');
      await page.goto(`${env.origin}/#/s/1.AAAA`);
      await page.reload();
      await page.waitForSelector('[data-testid=link-error]');
      assert.deepEqual(await axeViolations(page), [], 'link error');
      await context.close();
    });
  }
});
