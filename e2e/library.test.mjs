// End-to-end tests of the plan library at scale and of the store's faults: the save status, a full
// store that recovers without a reload, records a newer release wrote, the storage meter and its
// backups, and a library of 300 plans of realistic size (search, order, selection, paging).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  createPlan,
  expectAttribute,
  expectCount,
  expectEventually,
  expectStorage,
  expectText,
  expectValue,
  openApp,
  setup,
  storageEntries,
  storedPlans,
} from './harness.mjs';
import { seedPlans, realisticPlans } from './plans.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function newPage(options) {
  const context = await env.context(options);
  const page = await context.newPage();
  return { context, page };
}

/** Makes every write to localStorage fail as a full store does while `window.storeIsFull` is set. */
async function fillStoreOnRequest(page) {
  await page.evaluate(() => {
    const real = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.storeIsFull) throw new DOMException('full', 'QuotaExceededError');
      return real.call(this, key, value);
    };
  });
}

const status = (page) => page.locator('[data-testid=save-status]');
const items = (page) => page.locator('[data-testid=plan-item]');
const titles = (page) => page.locator('[data-testid=plan-item] .plan-link');

describe('save status', () => {
  test('saving while a change waits, saved once it is written and read back', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Status');
    await expectAttribute(status(page), 'data-state', 'saved');
    await page.fill('#problem-statement', 'a first sentence');
    await expectAttribute(status(page), 'data-state', /saving|saved/);
    await expectAttribute(status(page), 'data-state', 'saved');
    await expectText(status(page), /saved/i);
    const stored = await storageEntries(page);
    assert.ok(Object.values(storedPlans(stored)).some((p) => p.problem?.statement === 'a first sentence'));
    await context.close();
  });

  test('a full store: failed with why, the text kept, retried on the next edit', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Full');
    await expectAttribute(status(page), 'data-state', 'saved');
    await fillStoreOnRequest(page);
    await page.evaluate(() => (window.storeIsFull = true));
    await page.fill('#problem-statement', 'kept on screen');
    await expectAttribute(status(page), 'data-state', 'failed');
    await expectText(status(page), /full/i, 'the status says why');
    await expectValue(page.locator('#problem-statement'), 'kept on screen');
    await page.evaluate(() => (window.storeIsFull = false));
    await page.fill('#problem-statement', 'kept on screen, then saved');
    await expectAttribute(status(page), 'data-state', 'saved');
    await expectStorage(page, (e) =>
      Object.values(storedPlans(e)).some((p) => p.problem?.statement === 'kept on screen, then saved'),
    );
    await context.close();
  });

  test('a full store: freeing space on the start page writes the kept change, no reload', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Spare');
    await page.click('a.brand');
    await createPlan(page, 'Work');
    await expectAttribute(status(page), 'data-state', 'saved');
    // The store is full until a plan's record is removed (a delete for good frees its space).
    await page.evaluate(() => {
      window.storeIsFull = true;
      const realRemove = Storage.prototype.removeItem;
      Storage.prototype.removeItem = function (key) {
        if (key.startsWith('mlplan.v1.plan.')) window.storeIsFull = false;
        return realRemove.call(this, key);
      };
    });
    await fillStoreOnRequest(page);
    await page.fill('#problem-statement', 'typed while full');
    await expectAttribute(status(page), 'data-state', 'failed');
    await page.click('a.brand');
    page.once('dialog', (dialog) => dialog.accept());
    await page.locator('[data-testid=plan-item]', { hasText: 'Spare' }).locator('[data-testid=plan-delete]').click();
    await expectStorage(page, (e) => {
      const plans = Object.values(storedPlans(e));
      assert.deepEqual(plans.map((p) => p.title), ['Work']);
      assert.equal(plans[0].problem.statement, 'typed while full');
    }, 'the change kept in the tab is written once space is free');
    await page.click('[data-testid=plan-item] .plan-link');
    await expectValue(page.locator('#problem-statement'), 'typed while full');
    await expectAttribute(status(page), 'data-state', 'saved');
    await context.close();
  });
});

describe('records a newer release wrote', () => {
  const newer = JSON.stringify({ schema: 99, id: 'future1', title: 'From the future', updated_ms: 5, hologram: true });

  test('are listed as such, open with a reason, and are never written over', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await page.evaluate((text) => localStorage.setItem('mlplan.v1.plan.future1', text), newer);
    await page.reload();
    const item = page.locator('[data-testid=plan-item][data-plan-id=future1]');
    await expectAttribute(item, 'data-state', 'newer');
    await expectText(item.locator('[data-testid=newer-notice]'), /newer version/);
    await expectText(item, /From the future/);
    await page.goto(env.origin + '/#/p/future1/problem');
    await expectText(page.locator('[data-testid=open-problem]'), /newer version/);
    const stored = await storageEntries(page);
    assert.equal(stored['mlplan.v1.plan.future1'], newer, 'the record is untouched');
    await context.close();
  });

  test('an older tab stops writing a plan that another tab saved in a newer format, and says why', async () => {
    const context = await env.context();
    const older = await context.newPage();
    await openApp(older, env.origin);
    await createPlan(older, 'Shared');
    await expectAttribute(status(older), 'data-state', 'saved');
    const id = older.url().match(/#\/p\/([^/]+)\//)[1];
    const other = await context.newPage();
    await openApp(other, env.origin);
    const upgraded = JSON.stringify({ schema: 99, id, title: 'Shared', updated_ms: Date.now() });
    await other.evaluate(([key, text]) => localStorage.setItem(key, text), [`mlplan.v1.plan.${id}`, upgraded]);
    await expectAttribute(status(older), 'data-state', 'failed');
    await expectText(status(older), /newer version/);
    await older.fill('#problem-statement', 'typed in the older tab');
    await older.evaluate(() => window.dispatchEvent(new Event('visibilitychange')));
    await expectAttribute(status(older), 'data-state', 'failed');
    await expectValue(older.locator('#problem-statement'), 'typed in the older tab');
    const stored = await storageEntries(older);
    assert.equal(stored[`mlplan.v1.plan.${id}`], upgraded, 'the newer record is never written over');
    await context.close();
  });
});

describe('a trash record that does not parse', () => {
  test('is listed as damaged with its backup, and the rest of the trash works', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Gone');
    await page.click('a.brand');
    await page.click('[data-testid=plan-delete]');
    await page.evaluate(() => localStorage.setItem('mlplan.v1.trash.broken', '{"deleted_ms": 3, "plan": {"sch'));
    await page.reload();
    await page.click('[data-testid=open-trash]');
    const trash = page.locator('[data-testid=trash-item]');
    await expectCount(trash, 2);
    await expectCount(page.locator('[data-testid=trash-item][data-state=damaged]'), 1);
    await page.locator('[data-testid=trash-item][data-state=ok] [data-testid=trash-restore]').click();
    await expectCount(items(page), 1);
    await expectText(titles(page).first(), 'Gone');
    await context.close();
  });
});

describe('storage meter and backups', () => {
  test('shows what the plans use, warns from 80 %, offers a backup of every plan, asks to persist', async () => {
    const { context, page } = await newPage({ bypassCSP: true });
    await openApp(page, env.origin);
    await createPlan(page, 'Backed up');
    await page.click('a.brand');
    const meter = page.locator('[data-testid=storage-meter]');
    await expectAttribute(meter, 'data-near-limit', 'false');
    const used = Number(await expectAttribute(meter, 'data-used', /^[1-9]\d*$/));
    assert.ok(used > 100 && used < 100_000, `a small plan uses a little (${used})`);
    await expectAttribute(page.locator('[data-testid=storage-persist]'), 'data-granted', /^(true|false|unknown)$/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=storage-backup]')]);
    const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(backup.plans.map((p) => p.title), ['Backed up']);
    // Another site's data on this origin fills the store to 85 %.
    await page.evaluate(() => localStorage.setItem('other-app', 'x'.repeat(4_500_000)));
    await page.reload();
    await expectAttribute(meter, 'data-near-limit', 'true');
    await page.waitForSelector('[data-testid=storage-warning]');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('plans changed more than a week ago and in no backup: said once, quietly', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    const weekAgo = Date.now() - 8 * 24 * 3600 * 1000;
    await seedPlans(page, realisticPlans(1, { updatedFrom: weekAgo }));
    await page.reload();
    await page.waitForSelector('[data-testid=backup-reminder]');
    await page.reload();
    await expectCount(items(page), 1);
    await expectCount(page.locator('[data-testid=storage-meter]'), 1);
    await expectCount(page.locator('[data-testid=backup-reminder]'), 0, 'the reminder is shown once');
    await context.close();
  });
});

describe('a library of 300 plans', () => {
  test('the first 20 at once, more on request; search, order, select, export, delete and undo', async () => {
    const { context, page } = await newPage({ bypassCSP: true });
    await openApp(page, env.origin);
    const plans = realisticPlans(300, { updatedFrom: Date.now() - 300_000 });
    plans[42].problem.statement = 'Forecast the ZebraFish hatchery yield.';
    plans[7].title = 'Quokka census';
    await seedPlans(page, plans);
    await page.reload();
    const count = page.locator('[data-testid=library-count]');
    await expectAttribute(count, 'data-total', '300');
    await expectCount(items(page), 20);
    await expectText(titles(page).first(), 'Plan 299', 'the most recently changed first');
    assert.ok(await page.isVisible('[data-testid=example-list]'), 'the worked examples stay on the page');
    await page.click('[data-testid=library-more]');
    await expectCount(items(page), 40);
    await expectAttribute(count, 'data-shown', '40');

    await page.fill('[data-testid=library-search]', 'ebrafi');
    await expectCount(items(page), 1);
    await expectText(titles(page).first(), 'Plan 042', 'the text is searched, any part of a word, any case');
    await page.fill('[data-testid=library-search]', 'hatchery ZEBRA');
    await expectText(titles(page).first(), 'Plan 042', 'every word of the search is found');
    await page.fill('[data-testid=library-search]', 'OKKA');
    await expectText(titles(page).first(), 'Quokka census', 'the title is searched');
    await expectAttribute(count, 'data-total', '1');
    await page.fill('[data-testid=library-search]', 'no such plan anywhere');
    await page.waitForSelector('[data-testid=library-no-match]');
    await page.fill('[data-testid=library-search]', '');

    await page.selectOption('[data-testid=library-sort]', 'title');
    await expectText(titles(page).first(), 'Plan 000');
    await page.selectOption('[data-testid=library-sort]', 'progress');
    await expectEventually(
      () => page.locator('[data-testid=plan-progress]').first().textContent(),
      (t) => assert.match(t, /\d+ of \d+/),
      'the steps complete are shown',
    );

    await page.selectOption('[data-testid=library-sort]', 'title');
    await expectText(titles(page).first(), 'Plan 000');
    const boxes = page.locator('[data-testid=plan-select]');
    for (const n of [0, 1, 2]) await boxes.nth(n).check();
    await expectText(page.locator('[data-testid=library-export-selected]'), /3/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=library-export-selected]'),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    assert.deepEqual(exported.plans.map((p) => p.title), ['Plan 000', 'Plan 001', 'Plan 002']);
    await page.click('[data-testid=library-delete-selected]');
    await expectAttribute(count, 'data-total', '297');
    await expectText(titles(page).first(), 'Plan 003');
    await expectStorage(page, (e) => Object.keys(e).filter((k) => k.startsWith('mlplan.v1.trash.')).length === 3);
    await page.click('[data-testid=undo]');
    await expectAttribute(count, 'data-total', '300');
    await expectText(titles(page).first(), 'Plan 000');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
