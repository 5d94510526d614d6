// End-to-end tests of the classroom loop: a template from a worked example, short enough for a
// QR code, carrying the assignment; a student's copy and the link they hand back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import {
  axeViolations,
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

    // The instructor reads the hand-in, comments on a field and sends the feedback link back.
    const back = await env.context({ bypassCSP: true });
    const board = await back.newPage();
    await board.goto(handIn);
    await board.waitForSelector('[data-testid=link-preview][data-link-format="3"]');
    await board.click('[data-testid=link-view]');
    await expectText(board.locator('.shared-view [data-testid=report]'), /two new airports/);
    await board.selectOption('[data-testid=feedback-step]', 'problem');
    await board.selectOption('[data-testid=feedback-field]', { index: 1 });
    const field = await board.locator('[data-testid=feedback-field] option:checked').textContent();
    await board.fill('[data-testid=feedback-text]', 'Say how many rides go to the airports.');
    await board.click('[data-testid=feedback-add]');
    await board.selectOption('[data-testid=feedback-step]', 'goals');
    await board.fill('[data-testid=feedback-text]', 'Which objective does the airport change touch?');
    await board.click('[data-testid=feedback-add]');
    const feedback = await expectValue(board.locator('[data-testid=feedback-link]'), /#\/f\/f1\./);
    assert.deepEqual(await axeViolations(board), []);
    await back.close();

    // In a browser without the plan, the link says so and changes nothing.
    const elsewhere = await env.context();
    const other = await elsewhere.newPage();
    await other.goto(feedback);
    await expectText(other.locator('[data-testid=feedback-error]'), /not in this browser[\s\S]*Upfront taxi fare prediction/);
    await elsewhere.close();

    // The student opens it: the comments sit on their own copy, their text untouched.
    await mine.goto(feedback);
    await mine.waitForSelector('#problem-statement');
    const note = mine.locator('[data-testid=feedback-note]');
    await expectCount(note, 1);
    await expectText(note, new RegExp(`${field}[\\s\\S]*Say how many rides go to the airports`));
    assert.match(await mine.inputValue('#problem-statement'), /two new airports/);
    await note.locator('[data-testid=feedback-done]').check();
    await expectStorage(
      mine,
      (e) => Object.values(storedPlans(e)).some((p) => p.comments?.length === 2 && p.comments.filter((c) => c.done).length === 1),
      'both comments are kept, one marked done',
    );
    // Opening the same feedback again adds nothing twice and keeps what was marked done.
    await mine.goto(feedback);
    await mine.waitForSelector('[data-testid=feedback-note][data-done=true]');
    const again = Object.values(storedPlans(await storageEntries(mine))).find((p) => p.comments?.length);
    assert.equal(again.comments.length, 2);
    await student.close();
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
    // The link is written whole first, then shorter once the worked example has been fetched.
    const link = await expectEventually(
      () => page.inputValue('[data-testid=share-url]'),
      (v) => v.includes('#/s/3.') && v.length > 2953,
      'a long link from the example',
    );
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

const FIXTURES = new URL('../tests/fixtures/links/', import.meta.url);
const fixtureLinks = () =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.link'))
    .sort()
    .map((f) => [f, readFileSync(new URL(f, FIXTURES), 'utf8').trim()]);

/** Fixtures the app refuses: a revised example's, and plans whose numbers overflow wasm32's usize. */
const REFUSED = new Set(['v1-edge-values.link', 'v2-edge-values.link', 'v3-food-ko-revised.link']);

/** Puts `text` into the board's paste box as a paste does: one input event for all of it. */
const paste = (page, text) =>
  page.$eval(
    '[data-testid=class-add-links]',
    (el, value) => {
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    },
    text,
  );

/** The titles of the board's rows, top to bottom. */
const rowTitles = (page) => page.locator('[data-testid=class-row-open]').allTextContents();

describe('class board', () => {
  test('pasted links and JSON files become one row a plan; repeats are counted, bad lines named, the class kept', async () => {
    const context = await env.context({ acceptDownloads: true });
    const page = await context.newPage();
    await openApp(page, env.origin);
    await page.click('[data-testid=open-class-board]');
    await page.waitForSelector('[data-testid=class-add-links]:focus');
    assert.equal(new URL(page.url()).hash, '#/class', 'a new, unnamed class');

    const links = fixtureLinks();
    const revised = links.findIndex(([f]) => f === 'v3-food-ko-revised.link') + 1;
    const lines = [`김민수: ${links[0][1]}`, ...links.slice(1).map(([, l]) => l), 'hello there', 'https://x.example/#/s/1.AAAA'];
    await page.fill('[data-testid=class-add-links]', lines.join('\n'));
    await page.click('[data-testid=class-add]');
    await expectText(page.locator('[data-testid=class-status]'), /^Added \d+ plans; \d+ were handed in before/);
    const problems = page.locator('[data-testid=class-problems] li');
    await expectCount(problems, REFUSED.size + 2);
    const shown = await problems.allTextContents();
    const refusedLines = links.flatMap(([f], i) => (REFUSED.has(f) ? [i + 1] : []));
    assert.deepEqual(shown.map((t) => Number(t.match(/^Line (\d+): /)?.[1])), [...refusedLines, links.length + 1, links.length + 2]);
    assert.ok(shown.some((t) => t.startsWith(`Line ${revised}: It was made from another version of a worked example`)), shown.join('\n'));
    const rows = page.locator('[data-testid=class-row]');
    const count = await rows.count();
    // v1 and v2 fixtures carry the same plans, and the newer-fields ones repeat ko-short.
    assert.equal(count, 6, `${count} rows for ${links.length} links with repeats`);
    assert.ok((await page.locator('[data-testid=class-row]:not([data-copies="1"])').count()) >= 1, 'a repeat is counted');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'a hostile title stays text');
    await expectEventually(() => new URL(page.url()).hash, (h) => /^#\/class\/[a-z0-9]+$/.test(h), 'the class is kept');

    const plan = (id, title) => ({ ...JSON.parse(readFileSync(new URL('../assets/examples/eta-en.json', import.meta.url), 'utf8')), id, title });
    await page.setInputFiles('[data-testid=class-add-files]', [
      { name: 'a.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan('stu-a', 'Aaron: bus arrival times'))) },
      { name: 'b.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(plan('stu-b', 'Bora: taxi pickup times'))) },
      { name: 'c.json', mimeType: 'application/json', buffer: Buffer.from('{"not": "a plan"}') },
    ]);
    await expectCount(rows, count + 2);
    await expectText(page.locator('[data-testid=class-problems]'), /c\.json/);

    await page.click('[data-testid=class-sort-title]');
    await expectEventually(() => rowTitles(page), (t) => t.indexOf('Aaron: bus arrival times') < t.indexOf('Bora: taxi pickup times'));
    await page.click('[data-testid=class-sort-title]');
    await expectEventually(() => rowTitles(page), (t) => t.indexOf('Aaron: bus arrival times') > t.indexOf('Bora: taxi pickup times'));
    await page.fill('[data-testid=class-filter]', 'bora taxi');
    await expectCount(rows, 1);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=class-export-csv]')]);
    const table = readFileSync(await csv.path(), 'utf8').trim().split('\r\n');
    assert.equal(table.length, 2, 'the header and the one row shown');
    assert.match(table[1], /^Bora: taxi pickup times,9 \/ 9,/);
    await page.fill('[data-testid=class-filter]', '');
    const [md] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=class-export-markdown]')]);
    assert.equal(readFileSync(await md.path(), 'utf8').split('\n').filter((l) => l.startsWith('| ')).length, count + 3);

    // Two students' plans from the same example, side by side.
    const pick = (text) => page.locator('[data-testid=class-row]', { hasText: text }).locator('[data-testid=class-row-select]');
    await pick('Aaron').check();
    await pick('Bora').check();
    await page.click('[data-testid=class-compare]');
    const view = page.locator('[data-testid=compare-view]');
    await expectText(view.locator('.compare-titles'), /Aaron: bus arrival times[\s\S]*Bora: taxi pickup times/);
    await expectCount(view.locator('[data-testid=compare-diff]'), 1);
    await expectText(view.locator('[data-testid=compare-diff] del'), /^Aaron: bus arrival\s*$/);
    await expectText(view.locator('[data-testid=compare-diff] ins'), /^Bora: taxi pickup\s*$/);
    assert.equal(await view.locator('[data-testid=compare-same]').count(), 0, 'only differences at first');
    await view.locator('[data-testid=compare-only-diff]').uncheck();
    await expectEventually(() => view.locator('[data-testid=compare-same]').count(), (n) => n > 20, 'every field shown');
    await page.click('[data-testid=compare-close]');
    await expectCount(view, 0);

    await page.fill('[data-testid=class-name]', 'Bootcamp week 3');
    await page.press('[data-testid=class-name]', 'Tab');
    await page.reload();
    await expectCount(rows, count + 2);
    await expectText(page.locator('[data-testid=class-kept]'), /Bootcamp week 3/);

    await page.locator('[data-testid=class-row]', { hasText: 'Aaron' }).locator('[data-testid=class-row-open]').click();
    await page.waitForSelector('[data-testid=link-preview]');
    await expectText(page.locator('[data-testid=link-preview]'), /Aaron: bus arrival times/);
    await page.goBack();
    await expectCount(rows, count + 2);

    page.once('dialog', (dialog) => dialog.accept());
    await page.click('[data-testid=class-delete]');
    await expectCount(page.locator('[data-testid=class-kept]'), 0);
    assert.equal(new URL(page.url()).hash, '#/class');
    await context.close();
  });

  test('a thousand pasted lines of links and hostile text are read in bounded time, each bad line reported', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await openApp(page, env.origin, '/#/class');
    await page.waitForSelector('[data-testid=class-add-links]');
    const links = fixtureLinks().map(([, l]) => l);
    const refused = new Set(fixtureLinks().flatMap(([f, l]) => (REFUSED.has(f) ? [l] : [])));
    const hostile = ['<img src=x onerror="window.__pwned=1">', '#/s/2.' + 'A'.repeat(70000), '#/c/3.@@@', '\u0000\u202e', '#/s/9.x'];
    const lines = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? hostile[i % hostile.length] : links[i % links.length]));
    await paste(page, lines.join('\n'));
    const started = Date.now();
    await page.click('[data-testid=class-add]');
    await expectEventually(() => page.locator('[data-testid=class-status]').textContent(), (t) => /^Added \d+ plans/.test(t), 'all read', 60_000);
    console.log(`class board: 1,000 pasted lines read in ${Date.now() - started} ms`);
    const bad = lines.filter((l, i) => i % 3 === 0 || refused.has(l)).length;
    await expectCount(page.locator('[data-testid=class-problems] li'), bad);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    await context.close();
  });
});

describe('comparing two plans from the library', () => {
  test('two copies of an example, one edited: the edited words are marked', async () => {
    const context = await env.context();
    const page = await context.newPage();
    await openExample(page, 'fraud');
    await openExample(page, 'fraud');
    const statement = await page.inputValue('#problem-statement');
    await page.fill('#problem-statement', statement.replace(/^\S+/, 'Rewritten'));
    await page.fill('[data-testid=plan-title]', 'Fraud, my version');
    await openApp(page, env.origin);
    await page.waitForSelector('[data-testid=library-select-all]');
    await page.check('[data-testid=library-select-all]');
    await page.click('[data-testid=library-compare]');
    const view = page.locator('[data-testid=compare-view]');
    await expectEventually(() => view.locator('[data-testid=compare-diff]').count(), (n) => n === 2, 'the title and the statement');
    await expectText(view.locator('[data-testid=compare-diff] ins').first(), /Fraud, my version|Rewritten/);
    assert.match(new URL(page.url()).hash, /^#\/compare\/[a-z0-9]+\/[a-z0-9]+$/);
    await context.close();
  });
});

describe('named versions', () => {
  test('save at once, rename, compare two, open one read-only, restore one as a copy, delete', async () => {
    const context = await env.context({ bypassCSP: true });
    const page = await context.newPage();
    await openExample(page, 'eta');
    await page.click('[data-testid=version-save]');
    await page.fill('#problem-statement', 'Drivers wait too long at the airport.');
    await page.click('[data-testid=version-save]');
    await page.click('[data-testid=version-list-open]');
    const items = page.locator('[data-testid=version-item]');
    await expectCount(items, 2);
    const newest = items.first();
    await newest.locator('[data-testid=version-name]').fill('After the airport rewrite');
    await newest.locator('[data-testid=version-name]').press('Tab');
    await expectStorage(
      page,
      (e) => Object.entries(e).some(([k, v]) => k.startsWith('mlplan.v1.version.') && JSON.parse(v).name === 'After the airport rewrite'),
      'the new name is kept',
    );
    assert.ok((await page.locator('[data-testid=storage-versions]').count()) === 0, 'the meter is on the start page');
    for (const box of await page.locator('[data-testid=version-select]').all()) await box.check();
    await page.click('[data-testid=version-compare]');
    const diff = page.locator('[data-testid=version-panel] [data-testid=compare-diff]');
    await expectCount(diff, 1);
    await expectText(diff.locator('.compare-new'), 'Drivers wait too long at the airport.');
    assert.deepEqual(await axeViolations(page), []);

    await items.last().locator('[data-testid=version-open]').click();
    await page.waitForSelector('[data-testid=link-preview]');
    await expectText(page.locator('.shared-view [data-testid=report]'), /Ride-hailing/);
    assert.doesNotMatch(await page.locator('.shared-view [data-testid=report]').textContent(), /Drivers wait too long/);
    await page.goBack();
    await page.click('[data-testid=version-list-open]');
    await expectCount(items, 2);
    await items.first().locator('[data-testid=version-delete]').click();
    await expectCount(items, 1);
    await items.last().locator('[data-testid=version-restore]').click();
    await expectEventually(() => page.inputValue('[data-testid=plan-title]'), (t) => / \(.+\)$/.test(t), 'the copy is named after its version');
    assert.notEqual(await page.inputValue('#problem-statement'), 'Drivers wait too long at the airport.', 'the older version');

    await openApp(page, env.origin);
    await expectText(page.locator('[data-testid=storage-versions]'), /versions of plans take/);
    await context.close();
  });
});
