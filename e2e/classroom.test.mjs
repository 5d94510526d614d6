// End-to-end tests of the classroom loop: a template from a worked example, short enough for a
// QR code, carrying the assignment; a student's copy and the link they hand back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  axeViolations,
  expectCount,
  expectEventually,
  expectStorage,
  expectText,
  expectValue,
  openApp,
  setup,
  storedPlans,
} from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Opens worked example `key` as a plan of one's own. */
async function openExample(page, key) {
  await openApp(page, env.origin);
  await page.click(`[data-example=${key}] [data-testid=open-example]`);
  await page.waitForSelector('#problem-statement');
}

/** Opens the share panel on link kind `kind` and waits for a link of format 3. */
async function shortLink(page, kind) {
  await page.click('[data-testid=share-button]');
  await page.check(`#share-kind-${kind}`);
  return expectValue(page.locator('[data-testid=share-url]'), new RegExp(`#/${kind}/3\\.`), 'the short link is shown');
}

describe('classroom templates', () => {
  test('an example becomes a QR-sized template with an assignment; a student copies it and hands a short link back', async () => {
    const instructor = await env.context();
    const page = await instructor.newPage();
    await openExample(page, 'fare');
    const bare = await shortLink(page, 'c');
    assert.ok(bare.length <= 100, `an unchanged example's classroom link is ${bare.length} characters: ${bare}`);
    await expectCount(page.locator('[data-testid=share-qr] path'), 1);

    await page.fill('#assignment-task', 'Special mission: pick a problem from a real company and check whether ML fits.');
    await page.fill('#assignment-due', '2026-12-18');
    await page.fill('#assignment-hand-in', 'The edit link of your plan');
    const template = await expectEventually(
      () => page.inputValue('[data-testid=share-url]'),
      (v) => v.includes('#/c/3.') && v.length > bare.length + 60,
      'the link carries the assignment',
    );
    await expectText(page.locator('[data-testid=assignment-banner]'), /Special mission/);
    await instructor.close();

    const student = await env.context({ locale: 'ko-KR' });
    const mine = await student.newPage();
    await mine.goto(template);
    await mine.waitForSelector('[data-testid=link-preview][data-link-format="3"]');
    await expectText(mine.locator('[data-testid=link-preview]'), /택시|taxi/i);
    await expectText(mine.locator('[data-testid=assignment-banner]'), /Special mission/);
    await mine.click('[data-testid=link-save]');
    await mine.waitForSelector('#problem-statement');
    await expectText(mine.locator('[data-testid=assignment-banner-due]'), '2026년 12월 18일');
    const statement = await mine.inputValue('#problem-statement');
    await mine.fill('#problem-statement', `${statement} Our city has two new airports, so long rides are more common.`);
    const stored = await expectStorage(
      mine,
      (e) => Object.values(storedPlans(e)).some((p) => p.problem?.statement?.includes('two new airports')),
      'the student’s copy is saved',
    );
    const copy = Object.values(storedPlans(stored)).find((p) => p.problem.statement.includes('two new airports'));
    assert.deepEqual(copy.origin, { key: 'fare', lang: 'en' }, 'the copy keeps the example it started from');
    const handIn = await shortLink(mine, 's');
    assert.ok(handIn.length <= 600, `a hand-in with one sentence added is ${handIn.length} characters`);
    await student.close();

    const back = await env.context();
    const board = await back.newPage();
    await board.goto(handIn);
    await board.waitForSelector('[data-testid=link-preview][data-link-format="3"]');
    await board.click('[data-testid=link-view]');
    await expectText(board.locator('.shared-view [data-testid=report]'), /two new airports/);
    await back.close();
  });

  test('a link made from another revision of an example is refused by name, and nothing opens in its place', async () => {
    // axe-core is injected as a script of its own, which the app's CSP would refuse.
    const context = await env.context({ bypassCSP: true });
    const page = await context.newPage();
    const fixture = readFileSync(new URL('../tests/fixtures/links/v3-food-ko-revised.link', import.meta.url), 'utf8');
    await page.goto(`${env.origin}/#/c/${fixture.trim().split('#/c/')[1]}`);
    await page.waitForSelector('[data-testid=link-error]');
    await expectText(page.locator('[data-testid=link-error]'), /another version of a worked example/);
    await expectText(page.locator('[data-testid=link-example]'), /Food-delivery home recommendations/);
    assert.equal(await page.locator('[data-testid=link-preview]').count(), 0);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('the share panel says how long a link is when it is too long for a QR code', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await openExample(page, 'feed');
    const noise = Array.from({ length: 3000 }, (_, i) => ((i * 2654435761) >>> 7).toString(36)).join(' ');
    await page.fill('#problem-current', noise);
    await page.click('[data-testid=share-button]');
    const link = await expectEventually(() => page.inputValue('[data-testid=share-url]'), (v) => v.length > 2953, 'a long link');
    await expectEventually(
      () => page.locator('[data-testid=share-qr-too-long]').getAttribute('data-length'),
      (n) => n === String(link.length),
      'the message has the link’s length',
    );
    await expectText(page.locator('[data-testid=share-qr-too-long]'), /JSON/);
    await expectCount(page.locator('[data-testid=share-qr]'), 0);
    await context.close();
  });
});
