// End-to-end tests of the worked examples, the plan review and the report, on the release build
// in Chromium.
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
  storageEntries,
} from './harness.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const LOCALES = ['en-US', 'ko-KR'];
const STEP_SLUGS = ['problem', 'feasibility', 'goals', 'data', 'constraints', 'baseline', 'metrics', 'monitoring', 'business'];

async function newPage(options) {
  const context = await env.context(options);
  const page = await context.newPage();
  return { context, page };
}

/** The id of the open plan, from the URL fragment. */
function planIdOf(page) {
  return new URL(page.url()).hash.split('/')[2];
}

/** Opens a page of the open plan by its step-nav link and waits for the route. */
async function goToPlanPage(page, slug) {
  await page.click(`[data-testid=step-nav] a[href$="/${slug}"]`);
  await page.waitForFunction((s) => location.hash.endsWith(`/${s}`), slug);
}

/**
 * axe-core violations of the page, leaving out the header's brand link, a known shell issue that
 * e2e/shell.test.mjs reports on its own (its accessible name does not contain its visible text).
 */
async function violations(page) {
  return axeViolations(page);
}

/**
 * How far the page is wider than the screen, not counting the step navigation: on phones its
 * visually hidden labels widen the page, a known shell issue that e2e/shell.test.mjs reports.
 */
async function overflowBeyondNav(page) {
  return page.evaluate(() => {
    const nav = document.querySelector('.step-nav');
    if (nav) nav.style.display = 'none';
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (nav) nav.style.display = '';
    return overflow;
  });
}

/** The stored plans' keys. */
const planKeys = (entries) => Object.keys(entries).filter((k) => k.startsWith('mlplan.v1.plan.'));

/** The clipboard comes to hold text that passes `check`; returns it. */
const expectClipboard = (page, check, message) =>
  expectEventually(() => page.evaluate(() => navigator.clipboard.readText()), check, message);

/** The `## ` headings of a Markdown text, in order. */
function sectionHeadings(markdown) {
  return markdown.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
}

/** Markdown escaping undone, for comparing a heading with the text on screen. */
function unescape(markdown) {
  return markdown.replace(/\\(.)/g, '$1');
}

describe('worked examples', () => {
  for (const locale of LOCALES) {
    test(`${locale}: every example opens as a new, complete plan with no must-fix finding`, async () => {
      const { context, page } = await newPage({ locale });
      await openApp(page, env.origin);
      await page.waitForSelector('[data-testid=example-list]');
      await expectCount(page.locator('[data-testid=example-item]'), 5, 'five examples are listed');
      const keys = await page.locator('[data-testid=example-item]').evaluateAll((els) => els.map((e) => e.dataset.example));
      const seen = new Set();
      for (const key of keys) {
        await openApp(page, env.origin, '/#/');
        const item = page.locator(`[data-testid=example-item][data-example=${key}]`);
        const title = (await item.locator('h3').textContent()).trim();
        assert.ok((await item.locator('p').textContent()).trim().length > 0, `${key}: a summary`);
        await item.locator('button').click();
        await page.waitForSelector('[data-testid=plan-title]');
        await expectEventually(() => page.url(), (u) => assert.match(u, /#\/p\/[a-z0-9]+\/problem$/));
        const id = planIdOf(page);
        assert.ok(!id.startsWith('example-'), `${key}: opened under a fresh id, not the example's`);
        assert.ok(!seen.has(id), `${key}: a new plan each time`);
        seen.add(id);
        await expectValue(page.locator('[data-testid=plan-title]'), title);
        await page.waitForFunction(() => document.querySelectorAll('[data-testid=step-nav] li.complete').length === 9);

        await goToPlanPage(page, 'review');
        await page.waitForSelector('[data-testid=review-findings]');
        assert.equal(await page.locator('[data-severity=error]').count(), 0, `${key}: no must-fix finding`);
        await expectEventually(() => page.isVisible('[data-testid=review-verdict]'), (v) => assert.ok(v, `${key}: a verdict`));
      }
      // Opening the same example again made another plan; nothing was replaced.
      await openApp(page, env.origin, '/#/');
      await page.locator('[data-testid=example-item] button').first().click();
      await page.waitForSelector('[data-testid=plan-title]');
      await expectStorage(page, (e) => assert.equal(planKeys(e).length, keys.length + 1, 'every opening is its own plan'));
      await context.close();
    });
  }
});

describe('worked examples fetched on demand', () => {
  test('an example whose file cannot be fetched says so, makes no plan, and opens once it can', async () => {
    // No worker, so every fetch of an example file reaches the route below.
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    await context.route('**/assets/examples/**', (route) => route.abort());
    await openApp(page, env.origin);
    const status = page.locator('[data-testid=example-status]');
    assert.equal((await status.textContent()).trim(), '', 'nothing to say before an example is opened');
    await page.locator('[data-testid=example-item] button').first().click();
    await page.waitForFunction(() => document.querySelector('[data-testid=example-status]').textContent.trim() !== '');
    assert.equal(await page.locator('[data-testid=plan-title]').count(), 0, 'still on the start page');
    assert.deepEqual(planKeys(await storageEntries(page)), [], 'no plan was made');

    await context.unroute('**/assets/examples/**');
    await page.locator('[data-testid=example-item] button').first().click();
    await page.waitForSelector('[data-testid=plan-title]');
    await expectStorage(page, (e) => assert.equal(planKeys(e).length, 1, 'the example is a plan now'));
    await context.close();
  });
});

describe('report', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the report shows every step; copy and download give the same Markdown`, async () => {
      const { context, page } = await newPage({ locale, acceptDownloads: true });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
      await openApp(page, env.origin);
      const firstKey = await page.getAttribute('[data-testid=example-item]', 'data-example');
      await page.locator('[data-testid=example-item] button').first().click();
      await page.waitForSelector('[data-testid=plan-title]');
      const title = await expectValue(page.locator('[data-testid=plan-title]'), /\S/, 'the example\'s title');
      await goToPlanPage(page, 'report');
      await page.waitForSelector('[data-testid=report] h1');
      await expectEventually(
        () => page.textContent('[data-testid=report] h1'),
        (h1) => assert.equal(h1.trim(), title, 'the plan title heads the report'),
      );

      const onScreen = await expectEventually(
        () => page.locator('[data-testid=report] h2').allTextContents(),
        (h2s) => assert.equal(h2s.length, 10, 'the steps, then the plan review'),
      );
      const stepNames = await page.locator('[data-testid=step-nav] ol .step-name').allTextContents();
      assert.equal(stepNames.length, 9);
      stepNames.forEach((name, i) => {
        assert.equal(onScreen[i].trim(), `${i + 1}. ${name.trim()}`, 'every step heading, in lifecycle order');
      });
      assert.equal(onScreen.length, 10, 'the steps, then the plan review');
      for (const [i, slug] of STEP_SLUGS.entries()) {
        const href = await page.getAttribute(`[data-testid=report] h2[data-step=${slug}] + a.report-edit`, 'href');
        assert.ok(href.endsWith(`/${slug}`), `section ${i + 1} links back to its step`);
      }

      // Copy as Markdown: the clipboard holds the report.
      await page.click('[data-testid=copy-markdown]');
      await page.waitForFunction(() => document.querySelector('[data-testid=report-status]').textContent.trim() !== '');
      const copied = await expectClipboard(page, (text) => assert.ok(text.startsWith('# '), 'Markdown with a title line'));
      assert.equal(unescape(copied.split('\n')[0].slice(2)), title);
      assert.deepEqual(
        sectionHeadings(copied).map(unescape),
        onScreen.map((h) => h.trim()),
        'the Markdown has the headings the screen shows',
      );

      // Download Markdown: a .md file with the same text.
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=download-markdown]')]);
      assert.match(download.suggestedFilename(), /\.md$/);
      const text = readFileSync(await download.path(), 'utf8');
      assert.equal(text, copied, 'download and clipboard carry the same Markdown');
      assert.ok(text.endsWith('\n') && !text.includes('\n\n\n'));

      // The browser writes what the native report::markdown writes (tests/golden), but for the
      // new plan's own edit date.
      const golden = readFileSync(new URL(`../tests/golden/example-${firstKey}-${locale.slice(0, 2)}.md`, import.meta.url), 'utf8');
      const undated = (md) => md.replace(/\d{4}-\d{2}-\d{2} \(UTC\)/, 'DATE (UTC)');
      assert.equal(undated(text), undated(golden), 'the same Markdown as report::markdown');
      await context.close();
    });
  }

  test('the report prints to an A4 PDF', async () => {
    const { context, page } = await newPage({ colorScheme: 'dark' });
    await openApp(page, env.origin);
    await page.locator('[data-testid=example-item] button').nth(1).click();
    await page.waitForSelector('[data-testid=plan-title]');
    await goToPlanPage(page, 'report');
    await page.waitForSelector('[data-testid=report] h1');
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.app-header', '.step-nav', '.report-toolbar', '.plan-title', '.report-edit'].map(
        (s) => !document.querySelector(s) || getComputedStyle(document.querySelector(s)).display === 'none',
      ),
    );
    assert.deepEqual(hidden, [true, true, true, true, true], 'navigation and controls are not printed');
    const color = await page.evaluate(() => getComputedStyle(document.querySelector('.report')).color);
    assert.equal(color, 'rgb(0, 0, 0)', 'black text on paper, even from dark mode');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    assert.ok(pdf.length > 10_000, `a PDF of ${pdf.length} bytes`);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    await context.close();
  });

  test('a refused clipboard says so and points to the download', async () => {
    const { context, page } = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', {
        get() {
          return { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) };
        },
      });
    });
    await openApp(page, env.origin);
    await page.click('[data-testid=new-plan]');
    await page.waitForSelector('[data-testid=plan-title]');
    await goToPlanPage(page, 'report');
    await page.click('[data-testid=copy-markdown]');
    await page.waitForFunction(() => document.querySelector('[data-testid=report-status]').textContent.trim() !== '');
    await expectText(page.locator('[data-testid=report-status]'), /Download Markdown/);
    await context.close();
  });
});

describe('plan review', () => {
  test('an empty plan lists findings whose links open the step that fixes them', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await page.click('[data-testid=new-plan]');
    await page.waitForSelector('[data-testid=plan-title]');
    const id = planIdOf(page);
    await goToPlanPage(page, 'review');
    await page.waitForSelector('[data-testid=review-finding]');
    const findings = await expectEventually(
      () =>
        page.locator('[data-testid=review-finding]').evaluateAll((els) =>
          els.map((e) => ({
            severity: e.dataset.severity,
            rule: e.dataset.rule,
            step: e.dataset.step,
            label: e.querySelector('.severity').textContent.trim(),
            href: e.querySelector('a').getAttribute('href'),
          })),
        ),
      (found) => assert.ok(found.length >= 5, `${found.length} findings`),
    );
    for (const f of findings) {
      assert.ok(['error', 'warning', 'info'].includes(f.severity), f.rule);
      assert.ok(f.rule.length > 0 && f.label.length > 0, 'a rule id and a severity in words');
      assert.equal(f.href, `#/p/${id}/${f.step}`, `${f.rule} links to its step`);
    }
    assert.ok(findings.some((f) => f.rule === 'problem_statement_empty' && f.severity === 'error'));
    const order = findings.map((f) => STEP_SLUGS.indexOf(f.step));
    assert.deepEqual(order, [...order].sort((a, b) => a - b), 'grouped in lifecycle order');
    await expectText(page.locator('[data-testid=review-counts]'), /Must fix: \d+/);

    // Follow a finding to its step, fix it there, and the review updates.
    await page.click('[data-rule=problem_statement_empty] a');
    await page.waitForFunction((i) => location.hash === `#/p/${i}/problem`, id);
    await page.fill('#problem-statement', 'Support agents triage 4,000 tickets a day by hand.');
    await goToPlanPage(page, 'review');
    await page.waitForSelector('[data-testid=review-finding]');
    await expectCount(page.locator('[data-rule=problem_statement_empty]'), 0, 'the fixed finding is gone');

    // Other findings go to other steps.
    const goals = page.locator('[data-testid=review-finding][data-step=goals] a').first();
    await goals.click();
    await page.waitForFunction((i) => location.hash === `#/p/${i}/goals`, id);
    await context.close();
  });

  test('the review follows the language', async () => {
    const { context, page } = await newPage({ locale: 'ko-KR' });
    await openApp(page, env.origin);
    await page.click('[data-testid=new-plan]');
    await page.waitForSelector('[data-testid=plan-title]');
    await goToPlanPage(page, 'review');
    await page.waitForSelector('[data-testid=review-finding]');
    await expectText(page.locator('[data-testid=review-counts]'), /반드시 수정 \d+건/);
    await page.click('[data-testid=lang-switch]');
    await page.waitForFunction(() => document.querySelector('[data-testid=review-counts]').textContent.includes('Must fix'));
    await context.close();
  });
});

describe('360 px wide', () => {
  for (const locale of LOCALES) {
    test(`${locale}: start page, review and report do not overflow sideways`, async () => {
      const { context, page } = await newPage({ locale, viewport: { width: 360, height: 740 } });
      await openApp(page, env.origin);
      await page.waitForSelector('[data-testid=example-item]');
      const overflow = () => overflowBeyondNav(page);
      assert.ok((await overflow()) <= 0, 'start page');
      await page.locator('[data-testid=example-item] button').first().click();
      await page.waitForSelector('[data-testid=plan-title]');
      await goToPlanPage(page, 'review');
      await page.waitForSelector('[data-testid=review-findings]');
      assert.ok((await overflow()) <= 0, 'review page');
      await goToPlanPage(page, 'report');
      await page.waitForSelector('[data-testid=report] h1');
      assert.ok((await overflow()) <= 0, `report page is ${await overflow()}px too wide`);
      await context.close();
    });
  }
});

describe('accessibility (axe-core)', () => {
  for (const locale of LOCALES) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${locale}, ${colorScheme}: start page with examples, review and report`, async () => {
        const { context, page } = await newPage({ locale, colorScheme, bypassCSP: true });
        await openApp(page, env.origin);
        await page.waitForSelector('[data-testid=example-item]');
        assert.deepEqual(await violations(page), [], 'start page with the examples');
        await page.click('[data-testid=new-plan]');
        await page.waitForSelector('[data-testid=plan-title]');
        await goToPlanPage(page, 'review');
        await page.waitForSelector('[data-testid=review-finding]');
        assert.deepEqual(await violations(page), [], 'review page of an empty plan');
        await goToPlanPage(page, 'report');
        await page.waitForSelector('[data-testid=report] h1');
        assert.deepEqual(await violations(page), [], 'report page of an empty plan');
        await page.click('a.brand');
        await page.locator('[data-testid=example-item] button').nth(2).click();
        await page.waitForSelector('[data-testid=plan-title]');
        await goToPlanPage(page, 'review');
        await page.waitForSelector('[data-testid=review-findings]');
        assert.deepEqual(await violations(page), [], 'review page of an example');
        await goToPlanPage(page, 'report');
        await page.waitForSelector('[data-testid=report] h1');
        assert.deepEqual(await violations(page), [], 'report page of an example');
        await context.close();
      });
    }
  }
});

describe('keyboard', () => {
  test('an example opens, and the report copies, without the mouse', async () => {
    const { context, page } = await newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    await openApp(page, env.origin);
    await page.focus('[data-testid=example-item] button');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=plan-title]');
    await goToPlanPage(page, 'report');
    await page.focus('[data-testid=copy-markdown]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-testid=report-status]').textContent.trim() !== '');
    await expectClipboard(page, (text) => assert.ok(text.startsWith('# '), 'the Markdown is on the clipboard'));
    await context.close();
  });
});
