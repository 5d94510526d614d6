// The keyboard-only journey, on the release build in Chromium: a worked example is opened, its
// title typed, every step, every calculator, both canvases, the share panel and the report are
// reached and used with Tab, Shift+Tab, Enter, Space and the arrow keys alone (no clicks, no
// .fill()). At every stop the test checks that focus is visible, that it moved in document order,
// and that the focused control has an accessible name (Chromium's own accessibility tree).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectAttribute, expectEventually, expectText, expectValue, openApp, setup } from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const STEPS = ['problem', 'feasibility', 'goals', 'data', 'constraints', 'baseline', 'metrics', 'monitoring', 'business'];

/**
 * What the focused element looks like, run in the page. `direction` is 1 after Tab and -1 after
 * Shift+Tab; the previous stop is kept on `window` to check the order.
 */
function inspectFocus(direction) {
  const el = document.activeElement;
  const prev = window.__journeyPrev;
  window.__journeyPrev = el;
  if (!el || el === document.body || el === document.documentElement) return { atEnd: true };
  const describe = (e) =>
    `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.dataset.testid ? `[data-testid=${e.dataset.testid}]` : ''}` +
    `${e.getAttribute('href') ? `[href=${e.getAttribute('href')}]` : ''}`;
  // A focus ring is an outline or a box shadow, on the control or, for a control drawn by its
  // label (radio buttons, file pickers), on that label or the control's parent.
  const ringed = (e) => {
    if (!e) return false;
    const s = getComputedStyle(e);
    return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow !== 'none' && s.boxShadow !== '');
  };
  const drawnByLabel = ['radio', 'checkbox', 'file'].includes(el.type);
  const visible = ringed(el) || (drawnByLabel && (ringed(el.labels?.[0]) || ringed(el.parentElement)));
  const box = el.getBoundingClientRect();
  let order = 'first';
  if (prev && prev.isConnected && prev !== el) {
    const pos = prev.compareDocumentPosition(el);
    const forward = (pos & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 || (pos & Node.DOCUMENT_POSITION_CONTAINED_BY) !== 0;
    order = forward === direction > 0 ? 'logical' : 'backwards';
  }
  // Going round from the last control to the first (or back from the first to the last) ends
  // a walk through the page; any other step against document order is a fault.
  if (order === 'backwards') {
    const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')].filter(
      (e) => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0,
    );
    if (el === (direction > 0 ? tabbable[0] : tabbable.at(-1))) return { atEnd: true, wrapped: true };
  }
  return { atEnd: false, desc: describe(el), visible, order, onScreen: box.width > 0 && box.height > 0 };
}

/** Chromium's computed accessible name of the focused element. */
async function accessibleName(cdp) {
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { objectId: result.objectId, fetchRelatives: false });
  const node = nodes.find((n) => !n.ignored) ?? nodes[0];
  return (node?.name?.value ?? '').trim();
}

/** A journey through one page: keyboard moves with every stop checked, and a log of the stops. */
function journey(page, cdp) {
  const stops = [];
  const named = new Map();

  /** Presses `key` (Tab or Shift+Tab) once and checks the new stop; returns it. */
  async function step(key) {
    await page.keyboard.press(key);
    const at = await page.evaluate(inspectFocus, key === 'Tab' ? 1 : -1);
    if (at.atEnd) return at;
    stops.push(at.desc);
    assert.ok(at.visible, `focus is visible on ${at.desc}`);
    assert.ok(at.onScreen, `the focused ${at.desc} has a box on screen`);
    assert.notEqual(at.order, 'backwards', `after ${key}, focus went against document order to ${at.desc} (after ${stops.slice(-8, -1).join(' → ')})`);
    if (!named.has(at.desc)) named.set(at.desc, await accessibleName(cdp));
    assert.ok(named.get(at.desc).length > 0, `${at.desc} has an accessible name`);
    return at;
  }

  return {
    stops,
    /** Resets the order check, for a page that just changed under the keyboard (Enter on a link). */
    async restart() {
      await page.evaluate(() => (window.__journeyPrev = null));
    },
    /** Tabs forward until the focused element matches `selector`, going round the page once at most. */
    async tabTo(selector, key = 'Tab') {
      let rounds = 0;
      for (let i = 0; i < 600; i++) {
        if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
        const at = await step(key);
        if (at.atEnd) {
          rounds += 1;
          if (rounds > 1) break;
          await this.restart();
        }
      }
      throw new Error(`keyboard focus never reached ${selector}`);
    },
    /** Tabs through the rest of the page to its end, checking every stop; returns how many. */
    async walkToEnd() {
      const before = stops.length;
      for (let i = 0; i < 600; i++) {
        if ((await step('Tab')).atEnd) return stops.length - before;
      }
      throw new Error('the page never ended: a keyboard trap?');
    },
    /** Follows the focused link or presses the focused button. */
    async activate(key = 'Enter') {
      await page.keyboard.press(key);
      await this.restart();
    },
  };
}

async function followStep(page, j, slug) {
  await j.tabTo(`[data-testid=step-nav] a[href$="/${slug}"]`);
  await j.activate();
  await page.waitForFunction((s) => location.hash.endsWith('/' + s), slug);
  await page.waitForSelector('#page-heading');
}

async function openCalc(page, j, tool) {
  await j.tabTo(`[data-tool=${tool}] a`);
  await j.activate();
  await page.waitForFunction((t) => location.hash.endsWith('/calc/' + t), tool);
  await page.waitForSelector(`[data-testid=${tool}-calculator]`);
}

describe('keyboard only', () => {
  test('every step, the calculators, both canvases, sharing and the report, without the mouse', async (t) => {
    const context = await env.context({ viewport: { width: 1280, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Accessibility.enable');
    await openApp(page, env.origin);
    await page.waitForSelector('[data-testid=example-item]');
    const j = journey(page, cdp);

    // The start page, top to bottom, then an example opened from it.
    const startStops = await j.walkToEnd();
    assert.ok(startStops >= 8, `${startStops} stops on the start page`);
    assert.equal(j.stops[0], 'a[href=#main]', 'the skip link comes first');
    await j.tabTo('[data-testid=example-item] button');
    await j.activate();
    await page.waitForSelector('[data-testid=plan-title]');

    // The title, retyped.
    await j.tabTo('[data-testid=plan-title]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Keyboard journey');
    await expectValue(page.locator('[data-testid=plan-title]'), 'Keyboard journey');

    // Every step, walked to its end; Shift+Tab comes back in reverse order.
    for (const slug of STEPS) {
      await followStep(page, j, slug);
      const n = await j.walkToEnd();
      assert.ok(n > 0, `${slug}: controls to reach`);
    }
    await j.tabTo('[data-testid=step-nav] a[href$="/business"]', 'Shift+Tab');

    // The calculators, each opened from its step.
    await followStep(page, j, 'goals');
    await openCalc(page, j, 'blend');
    await j.tabTo('[data-testid=blend-weight-number]');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    await page.waitForFunction(() => /↑|↓/.test(document.querySelector('[data-testid=blend-ranking]').textContent));
    await j.walkToEnd();

    await followStep(page, j, 'constraints');
    await openCalc(page, j, 'threshold');
    // Radio buttons: Tab enters the group, the arrow keys move the choice within it.
    await j.tabTo('input[type=radio][name=thr-source]');
    for (let i = 0; i < 3 && !(await page.isChecked('[data-testid=source-own]')); i++) await page.keyboard.press('ArrowDown');
    assert.ok(await page.isChecked('[data-testid=source-own]'), 'own scores chosen with the arrow keys');
    await page.waitForSelector('[data-testid=scores-text]');
    await j.tabTo('[data-testid=scores-text]');
    await page.keyboard.type('score,label\n0.1,0\n0.4,1\n0.35,0\n0.8,1\n0.7,0\n0.9,1\n');
    await page.waitForSelector('[data-testid=roc-chart]');
    await page.waitForFunction(() => /^\d\.\d{4}$/.test(document.querySelector('[data-testid=roc-auc]')?.textContent));
    await j.walkToEnd();

    await followStep(page, j, 'constraints');
    await openCalc(page, j, 'tradeoff');
    await j.walkToEnd();
    await expectText(page.locator('[data-testid=tradeoff-recommendation]'), /\S/, 'a recommendation');

    await followStep(page, j, 'metrics');
    await openCalc(page, j, 'abtest');
    await j.walkToEnd();

    // Both canvases: the business step holds the Business Model Canvas and the ML Canvas.
    await followStep(page, j, 'business');
    await expectEventually(() => page.isVisible('[data-testid=bmc]'), (v) => assert.ok(v, 'the Business Model Canvas is on the page'));
    await expectEventually(() => page.isVisible('[data-testid=ml-canvas]'), (v) => assert.ok(v, 'the Machine Learning Canvas is on the page'));
    await j.tabTo('[data-testid=ml-canvas] a, [data-testid=ml-canvas] button');
    await j.walkToEnd();

    // Sharing: open the panel, pick the read-only kind with the arrows, copy the link.
    await j.tabTo('[data-testid=share-button]');
    await j.activate();
    await page.waitForSelector('[data-testid=share-url]');
    await expectAttribute(page.locator('[data-testid=share-button]'), 'aria-expanded', 'true');
    await j.tabTo('#share-panel input[type=radio]');
    for (let i = 0; i < 3 && !(await page.isChecked('#share-kind-v')); i++) await page.keyboard.press('ArrowDown');
    assert.ok(await page.isChecked('#share-kind-v'), 'the read-only link is chosen with the arrow keys');
    const link = await expectValue(page.locator('[data-testid=share-url]'), /#\/v\//, 'the read-only link is shown');
    await j.tabTo('[data-testid=copy-link]');
    await j.activate();
    await page.waitForFunction(async () => (await navigator.clipboard.readText()).includes('#/v/'));
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link, 'the copied link is the one shown');

    // The report, and its Markdown copied.
    await followStep(page, j, 'report');
    await page.waitForSelector('[data-testid=report] h1');
    await expectText(page.locator('[data-testid=report] h1'), /^\s*Keyboard journey\s*$/);
    await j.tabTo('[data-testid=copy-markdown]');
    await j.activate();
    await page.waitForFunction(() => document.querySelector('[data-testid=report-status]').textContent.trim() !== '');
    await expectEventually(
      () => page.evaluate(() => navigator.clipboard.readText()),
      (copied) => assert.ok(copied.startsWith('# Keyboard journey'), 'the Markdown is on the clipboard'),
    );
    await j.walkToEnd();

    assert.ok(j.stops.length > 100, `${j.stops.length} keyboard stops checked`);
    t.diagnostic(`${j.stops.length} keyboard stops, ${new Set(j.stops).size} distinct controls, each visible and named`);
    await context.close();
  });
});
