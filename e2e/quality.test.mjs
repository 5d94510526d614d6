// Every page of a worked example at 360 and 390 px, in both languages and both color schemes:
// axe-core finds no violation on the whole document (header, navigation and the open share panel
// included), no text is clipped or overflows its box, no word is split across lines, no input
// hides its text, and the page never scrolls sideways. Screenshots of each page land in
// e2e/artifacts/phone/ for a person to look at.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { axeViolations, EMPTY_LIBRARY, expectCount, expectValue, openApp, setup } from './harness.mjs';

const SHOTS = fileURLToPath(new URL('./artifacts/phone/', import.meta.url));

let env;
before(async () => {
  env = await setup();
  mkdirSync(SHOTS, { recursive: true });
});
after(async () => {
  await env?.close();
});

const STEPS = ['problem', 'feasibility', 'goals', 'data', 'constraints', 'baseline', 'metrics', 'monitoring', 'business'];
const TOOLS = ['threshold', 'tradeoff', 'blend', 'abtest', 'errors', 'drift'];

/** Goes to a page of the open plan through the URL fragment, as a link would. */
async function goTo(page, route, ready) {
  await page.evaluate((r) => (location.hash = location.hash.replace(/^(#\/p\/[^/]+)\/.*$/, `$1/${r}`)), route);
  await page.waitForFunction((r) => location.hash.endsWith('/' + r), route);
  await page.waitForSelector(ready);
  // Folded explanations are part of the page too.
  await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
}

/**
 * Text that does not fit: elements holding text of their own whose content is wider than their
 * box (clipped or spilling out), outside the boxes that scroll on purpose (wide tables, the
 * visually hidden labels for screen readers). Also the page's own sideways scroll.
 */
async function overflowing(page) {
  return page.evaluate(() => {
    const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
    const ownText = (e) => [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim() !== '');
    // Text for screen readers only is clipped to a pixel on purpose.
    const screenReaderOnly = (e) => {
      for (let a = e; a; a = a.parentElement) if (getComputedStyle(a).clip !== 'auto') return true;
      return false;
    };
    const exempt = (e) => e.closest('.visually-hidden, .table-scroll, svg') || scrolls(e) || screenReaderOnly(e);
    const wide = [...document.body.querySelectorAll('*')]
      .filter((e) => ownText(e) && !exempt(e) && e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1)
      .map((e) => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} “${e.textContent.trim().slice(0, 40)}” ${e.scrollWidth}>${e.clientWidth}`);
    const sideways = document.documentElement.scrollWidth - window.innerWidth;
    if (sideways > 0) wide.push(`the page scrolls sideways by ${sideways}px`);
    return wide;
  });
}

/**
 * Words (and numbers) of up to 14 characters that the layout breaks across two lines, such as
 * "없습니/다" or "1/0": each word of each text node is measured with a DOM Range, and a word
 * whose boxes sit on more than one line is split. Longer tokens (links, ids) may wrap anywhere.
 * Each language and colour scheme runs it on every page, in Korean with Korean's own words.
 */
async function splitWords(page) {
  return page.evaluate(() => {
    const split = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    // Text clipped for screen readers only (a phone report's column names) is never read on screen:
    // the same test as overflowing()'s.
    const clipped = (e) => {
      for (let a = e; a; a = a.parentElement) if (getComputedStyle(a).clip !== 'auto') return true;
      return false;
    };
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || clipped(el) || el.closest('svg, script, style') || el.getClientRects().length === 0) continue;
      // Words end at spaces and at punctuation a line may break after (a middle dot, a slash,
      // brackets, quotes, dashes, a per cent sign) or before (a plus sign, as Unicode's line
      // breaking allows), as in 동네·면적, “unsure”이라고, 12 %입니다 or 최신순+좋아요.
      for (const m of node.textContent.matchAll(/[^\s·/()\[\]‘’“”"'–—%+-]+/g)) {
        if (m[0].length > 14) continue;
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) split.push(`“${m[0]}” in ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
      }
    }
    return [...new Set(split)];
  });
}

/**
 * Inputs whose text is cut: a single-line field narrower than its text, or a text area shorter
 * than its lines. A read-only field beside a copy button (the share link) shows a link's start on
 * purpose.
 */
async function hiddenInputText(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('input:not([type]), input[type=text], input[type=url], input[type=search], textarea')]
      .filter((e) => e.getClientRects().length > 0 && !e.readOnly)
      .filter((e) => (e.tagName === 'TEXTAREA' ? e.scrollHeight > e.clientHeight + 1 : e.scrollWidth > e.clientWidth + 1))
      .map((e) => `${e.tagName.toLowerCase()}#${e.id} “${e.value.slice(0, 30)}”`),
  );
}

/**
 * Source code shown as text: a view! attribute like `disabled=move || a >= b` ends the tag at the
 * `>`, and the rest of the tag lands on screen as text.
 */
async function leakedCode(page) {
  return page.evaluate(() => ['move ||', 'on:click', '.get()', 'aria-label ='].filter((s) => document.body.innerText.includes(s)));
}

async function check(page, label, shot) {
  const width = page.viewportSize().width;
  assert.deepEqual(await leakedCode(page), [], `no source code on screen: ${label}`);
  assert.deepEqual(await axeViolations(page), [], `axe: ${label}`);
  assert.deepEqual(await overflowing(page), [], `text that does not fit at ${width} px: ${label}`);
  assert.deepEqual(await splitWords(page), [], `words split across lines at ${width} px: ${label}`);
  assert.deepEqual(await hiddenInputText(page), [], `inputs whose text is cut at ${width} px: ${label}`);
  if (shot) await page.screenshot({ path: `${SHOTS}${shot}-${label.replace(/[^a-z0-9]+/gi, '-')}.png`, fullPage: true });
}

// Each language at the two common phone widths, each width in both colour schemes: the scheme
// changes no layout, so four runs cover every pair that can differ.
const RUNS = [
  ['en-US', 'light', 360],
  ['ko-KR', 'dark', 360],
  ['en-US', 'dark', 390],
  ['ko-KR', 'light', 390],
];

describe('every page at 360 and 390 px: axe-core, text fit, screenshots', () => {
  for (const [locale, colorScheme, width] of RUNS) {
    test(`${locale}, ${colorScheme}, ${width} px`, async () => {
        const context = await env.context({ locale, colorScheme, bypassCSP: true, viewport: { width, height: 740 } });
        const page = await context.newPage();
        const shot = `${locale}-${colorScheme}-${width}`;
        await openApp(page, env.origin);
        await page.waitForSelector('[data-testid=example-item]');
        await page.waitForSelector(EMPTY_LIBRARY);
        await check(page, 'start', shot);
        // The example with the most in it: every list and both canvases are filled.
        await page.locator('[data-testid=example-item] button').first().click();
        await page.waitForSelector('[data-testid=plan-title]');
        for (const step of STEPS) {
          await goTo(page, step, '#page-heading');
          await check(page, step, shot);
        }
        for (const tool of TOOLS) {
          await goTo(page, `calc/${tool}`, `[data-testid=${tool}-calculator]`);
          await check(page, `calc-${tool}`, shot);
        }
        await goTo(page, 'review', '[data-testid=review-findings]');
        await check(page, 'review', shot);
        await goTo(page, 'report', '[data-testid=report] h1');
        await check(page, 'report', shot);
        // The share panel, open, with each kind of link.
        await goTo(page, 'problem', '#page-heading');
        await page.click('[data-testid=share-button]');
        await page.waitForSelector('[data-testid=share-url]');
        const shareUrl = page.locator('[data-testid=share-url]');
        const links = {};
        for (const kind of ['s', 'v', 'c']) {
          await page.check(`#share-kind-${kind}`);
          links[kind] = await expectValue(shareUrl, new RegExp(`#/${kind}/3\\.`), `the ${kind} link is shown`);
          await check(page, `share-${kind}`, kind === 's' && shot);
        }
        // A shared link as its recipient sees it.
        const link = await shareUrl.inputValue();
        await page.goto(link);
        await page.reload();
        await page.waitForSelector('[data-testid=link-preview]');
        await check(page, 'link-preview', shot);
        // The class board with that plan handed in.
        await page.goto(`${env.origin}/#/class`);
        await page.reload();
        await page.waitForSelector('[data-testid=class-add-links]');
        await page.fill('[data-testid=class-add-links]', `${links.s}\n${links.c}`);
        await page.click('[data-testid=class-add]');
        await expectCount(page.locator('[data-testid=class-row]'), 2);
        await check(page, 'class-board', shot);
        // The two compared: a copy of the example and the template made from it.
        for (const box of await page.locator('[data-testid=class-row-select]').all()) await box.check();
        await page.click('[data-testid=class-compare]');
        await page.waitForSelector('[data-testid=compare-diff]');
        await page.uncheck('[data-testid=compare-only-diff]');
        await check(page, 'compare', shot);
        await context.close();
    });
  }
});
