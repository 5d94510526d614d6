// End-to-end tests of the business model step: the Business Model Canvas (notes, keyboard
// reordering, delete and undo), the flywheel limits, one-page printing of each canvas, and axe.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  AXE_PATH,
  expectAttribute,
  expectCount,
  expectEventually,
  expectStorage,
  expectText,
  openApp,
  setup,
  storedPlans,
} from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The ride-hailing example's stored JSON per language, printed by a native test. */
function fixtures() {
  const out = execFileSync('cargo', ['test', '-q', '--test', 'canvas_fixture', '--', '--nocapture'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    maxBuffer: 16 * 1024 * 1024,
  });
  const plans = {};
  for (const line of out.split('\n')) {
    const m = line.match(/^MLPLAN-FIXTURE (\w+) (.*)$/);
    if (m) plans[m[1]] = m[2];
  }
  assert.ok(plans.en && plans.ko, 'the fixture test printed both languages');
  return plans;
}

let env;
let plans;
before(async () => {
  plans = fixtures();
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** A page with the ride-hailing example (in `lang`) stored, opened on the business step. */
async function openExample(lang = 'en', options = {}) {
  const context = await env.context({ bypassCSP: true, ...options });
  const page = await context.newPage();
  const json = plans[lang];
  const id = JSON.parse(json).id;
  await page.addInitScript(
    ([key, value, prefs]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        localStorage.setItem('mlplan.v1.prefs', prefs);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [`mlplan.v1.plan.${id}`, json, JSON.stringify({ lang, scheme: 'system' })],
  );
  await openApp(page, env.origin, `/#/p/${id}/business`);
  await page.waitForSelector('[data-testid=bmc]');
  return { context, page, id };
}

async function newPlanOnBusiness() {
  const context = await env.context({ bypassCSP: true });
  const page = await context.newPage();
  await openApp(page, env.origin);
  await page.click('[data-testid=new-plan]');
  await page.waitForSelector('[data-testid=plan-title]');
  await page.click('[data-testid=step-nav] a[href$="/business"]');
  await page.waitForSelector('[data-testid=bmc]');
  return { context, page };
}

/** Waits until keyboard focus is on the element with this id (focus moves after the view updates). */
const focusOn = (page, id) => page.waitForFunction((want) => document.activeElement?.id === want, id, { timeout: 2000 });

const notesOf = (page, block) =>
  page.$$eval(`[data-block=${block}] .note .note-text`, (notes) => notes.map((n) => n.value));

/** The notes of `block` come to pass `check` (an array: come to equal it); returns them. */
const expectNotes = (page, block, check, message) =>
  expectEventually(() => notesOf(page, block), Array.isArray(check) ? (v) => assert.deepEqual(v, check, message) : check, message);

/** The stored plan `id` comes to pass `check` (the autosave writes 400 ms after the last edit). */
const expectStoredPlan = (page, id, check, message) =>
  expectStorage(page, (stored) => check(storedPlans(stored)[id] ?? {}), message);

describe('business model canvas', () => {
  test('the ride-hailing example fills all nine blocks in order', async () => {
    const { context, page } = await openExample();
    const blocks = await page.$$eval('[data-testid=bmc] [data-block]', (els) => els.map((e) => e.dataset.block));
    assert.deepEqual(blocks, [
      'key_partners', 'key_activities', 'key_resources', 'value_propositions', 'customer_relationships',
      'channels', 'customer_segments', 'cost_structure', 'revenue_streams',
    ]);
    await expectNotes(page, 'revenue_streams', [
      'Commission per trip',
      'Delivery fees and restaurant commission',
    ]);
    await context.close();
  });

  test('add and edit a note; it is saved', async () => {
    const { context, page } = await newPlanOnBusiness();
    await page.click('[data-block=key_partners] .add-note');
    await focusOn(page, 'bmc-key_partners-0');
    await page.keyboard.type('Map data provider');
    await page.click('[data-block=key_partners] .add-note');
    await focusOn(page, 'bmc-key_partners-1');
    await page.keyboard.type('Payment processor');
    await expectNotes(page, 'key_partners', ['Map data provider', 'Payment processor']);
    const id = page.url().match(/#\/p\/([^/]+)\//)[1];
    await expectStoredPlan(page, id, (plan) => assert.deepEqual(plan.canvas?.key_partners, ['Map data provider', 'Payment processor']));
    await context.close();
  });

  test('keyboard reordering: Alt+Arrow and the move buttons, announced', async () => {
    const { context, page, id } = await openExample();
    await page.focus('#bmc-key_partners-0');
    await page.keyboard.press('Alt+ArrowDown');
    await expectNotes(page, 'key_partners', [
      'Payment processor', 'Map and traffic data provider', 'Restaurants, for the delivery arm',
    ]);
    await focusOn(page, 'bmc-key_partners-1');
    await expectText(page.locator('[data-testid=bmc-status]'), /Moved “Map and traffic data provider” to position 2 of 3/);
    await page.keyboard.press('Alt+ArrowDown');
    await expectNotes(page, 'key_partners', (notes) => assert.equal(notes[2], 'Map and traffic data provider'));
    await page.click('[data-block=key_partners] .note >> nth=2 >> button[aria-label="Move note 3 up"]');
    await expectNotes(page, 'key_partners', (notes) => assert.equal(notes[1], 'Map and traffic data provider'));
    await expectStoredPlan(page, id, (plan) =>
      assert.deepEqual(plan.canvas?.key_partners, [
        'Payment processor', 'Map and traffic data provider', 'Restaurants, for the delivery arm',
      ]),
    );
    await context.close();
  });

  test('drag a note to another position in its block', async () => {
    const { context, page } = await openExample();
    // The drag events the browser sends, dispatched directly: headless pointer drags are unreliable.
    await page.evaluate(() => {
      const notes = document.querySelectorAll('[data-block=channels] .note');
      const dataTransfer = new DataTransfer();
      const fire = (el, type) => el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer }));
      fire(notes[2].querySelector('.drag-handle'), 'dragstart');
      fire(notes[0], 'dragover');
      fire(notes[0], 'drop');
      fire(notes[2].querySelector('.drag-handle'), 'dragend');
    });
    await expectNotes(page, 'channels', ['Delivery tab in the same app', 'Rider app', 'Driver app']);
    await context.close();
  });

  test('delete a note, then undo puts it back in place', async () => {
    const { context, page, id } = await openExample();
    const before = await expectNotes(page, 'channels', JSON.parse(plans.en).canvas.channels, 'the example\'s channels');
    await page.click('[data-block=channels] .note >> nth=1 >> [data-testid=delete-note]');
    await expectNotes(page, 'channels', [before[0], before[2]]);
    await expectText(page.locator('[data-testid=bmc-status]'), /Deleted “Driver app” from Channels/);
    await page.click('[data-testid=bmc-undo]');
    await expectNotes(page, 'channels', before);
    await focusOn(page, 'bmc-channels-1');
    await expectStoredPlan(page, id, (plan) => assert.deepEqual(plan.canvas?.channels, before));
    await context.close();
  });

  test('narrow screens stack the blocks in one column', async () => {
    const { context, page } = await openExample('en', { viewport: { width: 360, height: 800 } });
    const xs = await page.$$eval('[data-testid=bmc] [data-block]', (els) => els.map((e) => Math.round(e.getBoundingClientRect().left)));
    assert.equal(new Set(xs).size, 1, `one column: ${xs}`);
    // The step's own content stays within the screen (the shell's step strip scrolls by itself).
    const wide = await page.$$eval('article.step *', (els) =>
      els.filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1).map((e) => e.tagName + '.' + e.className),
    );
    assert.deepEqual(wide, [], 'nothing on the step is wider than the screen');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    await context.close();
  });
});

describe('flywheel', () => {
  test('start, add up to 8, remove down to 3, with messages at the limits', async () => {
    const { context, page, id } = await newPlanOnBusiness().then(async (r) => ({ ...r, id: r.page.url().match(/#\/p\/([^/]+)\//)[1] }));
    await page.click('[data-testid=fw-start]');
    const steps = page.locator('.fw-steps > li');
    const message = page.locator('[data-testid=fw-message]');
    await expectCount(steps, 3);
    await expectCount(page.locator('[data-testid=flywheel] svg[role=img] .fw-node'), 3);
    for (let i = 0; i < 5; i++) await page.click('[data-testid=fw-add]');
    await expectCount(steps, 8);
    // aria-disabled keeps the button focusable and explains itself when pressed.
    await page.click('[data-testid=fw-add]', { force: true });
    await expectText(message, /at most 8 steps/);
    assert.equal(await steps.count(), 8, 'no ninth step');
    for (let i = 0; i < 5; i++) await page.click('[data-testid=fw-remove] >> nth=0');
    await expectCount(steps, 3);
    await page.click('[data-testid=fw-remove] >> nth=0', { force: true });
    await expectText(message, /at least 3 steps/);
    assert.equal(await steps.count(), 3, 'no fewer than three');
    await page.fill('#fw-step-0', 'More sellers');
    await page.selectOption('[data-testid=fw-lever]', '0');
    await expectStoredPlan(page, id, (plan) => {
      assert.equal(plan.canvas?.flywheel?.length, 3);
      assert.equal(plan.canvas.flywheel[0], 'More sellers');
      assert.equal(plan.canvas.ml_lever, 0);
    });
    await context.close();
  });

  test('the example draws four steps with the ML lever on the second', async () => {
    const { context, page } = await openExample();
    const svg = page.locator('[data-testid=flywheel] svg');
    await expectAttribute(svg, 'aria-label', /^A cycle of 4 steps: 1\. More drivers on the road/);
    await expectAttribute(svg, 'aria-label', /acts on step 2/);
    await expectCount(page.locator('.fw-node.lever'), 1);
    await expectAttribute(page.locator('.fw-node').nth(1), 'class', 'fw-node lever');
    await context.close();
  });
});

describe('machine learning canvas', () => {
  test('filled from the example; an empty plan flags every box with a link', async () => {
    const { context, page } = await openExample();
    const boxes = (p) => p.$$eval('[data-testid=ml-canvas] [data-box]', (els) => els.map((e) => e.dataset.empty));
    await expectEventually(() => boxes(page), (filled) => {
      assert.equal(filled.length, 10);
      assert.ok(filled.every((e) => e === 'false'), 'every box is filled');
    });
    await expectText(page.locator('[data-box=data_sources]'), /Driver GPS pings every 4 seconds/);
    await context.close();

    const fresh = await newPlanOnBusiness();
    await expectEventually(() => boxes(fresh.page), (empty) => {
      assert.equal(empty.length, 10);
      assert.ok(empty.every((e) => e === 'true'), 'every box is flagged empty');
    });
    await fresh.page.click('[data-box=prediction_task] .mlc-empty a');
    await fresh.page.waitForFunction(() => location.hash.endsWith('/goals'));
    await fresh.context.close();
  });
});

/** Pages in a PDF: its page objects. */
function pdfPages(bytes) {
  const text = Buffer.from(bytes).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

describe('print', () => {
  for (const sheet of ['bmc', 'mlc']) {
    for (const lang of ['en', 'ko']) {
      test(`the ${sheet} canvas prints on one A4 landscape page (${lang})`, async () => {
        const { context, page } = await openExample(lang);
        await page.evaluate((s) => document.documentElement.setAttribute('data-print', s), sheet);
        const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
        assert.equal(pdfPages(pdf), 1);
        await context.close();
      });
    }
  }

  test('the whole step prints each canvas on a page of its own', async () => {
    const { context, page } = await openExample();
    await page.emulateMedia({ media: 'print' });
    const tops = await page.$$eval('.canvas-sheet', (els) => els.map((e) => getComputedStyle(e).breakBefore));
    assert.deepEqual(tops, ['page', 'page']);
    await context.close();
  });
});

/** axe-core on the step's content: the questions, both canvases and the flywheel. */
async function stepViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

describe('accessibility', () => {
  for (const [lang, locale] of [['en', 'en-US'], ['ko', 'ko-KR']]) {
    for (const scheme of ['light', 'dark']) {
      test(`axe: both canvases, ${locale}, ${scheme}`, async () => {
        const { context, page } = await openExample(lang, { locale, colorScheme: scheme });
        await page.waitForSelector('[data-testid=ml-canvas]');
        await expectAttribute(page.locator('html'), 'lang', lang);
        const violations = await stepViolations(page);
        assert.deepEqual(violations, []);
        await context.close();
      });
    }
  }
});
