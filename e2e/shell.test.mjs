// End-to-end tests of the app shell and the plan library, on the release build in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  createPlan,
  EMPTY_LIBRARY,
  expectAttribute,
  expectCount,
  expectEventually,
  expectStorage,
  expectText,
  expectTexts,
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

async function newPage(options) {
  const context = await env.context(options);
  const page = await context.newPage();
  return { context, page };
}

describe('plan library', () => {
  test('two plans: typed text and the open step survive a reload', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'First plan');
    await page.click('a.brand');
    await createPlan(page, 'Churn prediction');
    await page.fill('#problem-statement', '고객 이탈을 3개월 전에 예측한다');
    await page.click('[data-testid=step-nav] a[href$="/goals"]');
    const url = await expectEventually(() => page.url(), (u) => assert.match(u, /#\/p\/[a-z0-9]+\/goals$/));
    await page.reload();
    await page.waitForSelector('[data-testid=plan-title]');
    assert.equal(page.url(), url, 'the reload keeps the step');
    await expectValue(page.locator('[data-testid=plan-title]'), 'Churn prediction');
    await page.click('[data-testid=step-nav] a[href$="/problem"]');
    await expectValue(page.locator('#problem-statement'), '고객 이탈을 3개월 전에 예측한다');
    await page.click('a.brand');
    await expectTexts(page.locator('[data-testid=plan-item] .plan-link'), ['Churn prediction', 'First plan'], 'most recent first');
    await context.close();
  });

  test('back to the start page right after a reload: the plans show, never "No plans yet" first', async (t) => {
    // A plan page reads only its own record before the first paint and the rest of the list
    // after it; the start page must not call the library empty while that read is under way.
    const { context, page } = await newPage();
    const plans = Array.from({ length: 40 }, (_, i) => ({
      schema: 1,
      id: `many${String(i).padStart(2, '0')}`,
      title: `Stored plan ${i + 1}`,
      created_ms: 1_700_000_000_000 + i,
      updated_ms: 1_700_000_000_000 + i,
    }));
    await page.addInitScript((records) => {
      if (!sessionStorage.getItem('seeded')) {
        for (const r of records) localStorage.setItem(`mlplan.v1.plan.${r.id}`, JSON.stringify(r));
        sessionStorage.setItem('seeded', '1');
      }
    }, plans);
    // In every document: whether the empty-library text ever showed while plans were stored,
    // whether the reading status did, and how many plans the list showed, in turn. And, when
    // asked, a click on the brand link the moment it is drawn: a person quicker than
    // page.click, which here lands only after the whole list has been read.
    await page.addInitScript((emptySelector) => {
      window.__library = { emptyWhileStored: null, readingSeen: false, itemCounts: [] };
      const clickBrand = sessionStorage.getItem('clickBrandOnMount') === '1';
      sessionStorage.removeItem('clickBrandOnMount');
      const stored = () => Object.keys(localStorage).some((k) => k.startsWith('mlplan.v1.plan.'));
      const seen = window.__library;
      const look = () => {
        const empty = document.querySelector(emptySelector);
        if (empty && seen.emptyWhileStored === null && stored()) seen.emptyWhileStored = empty.textContent;
        if (document.querySelector('[data-testid=plans-reading]')) seen.readingSeen = true;
        const items = document.querySelectorAll('[data-testid=plan-item]').length;
        if (items && seen.itemCounts.at(-1) !== items) seen.itemCounts.push(items);
        const brand = clickBrand && !seen.clicked && document.querySelector('a.brand');
        if (brand) {
          seen.clicked = true;
          brand.click();
        }
      };
      new MutationObserver(look).observe(document, { childList: true, subtree: true, characterData: true });
    }, EMPTY_LIBRARY);
    const open = plans[10];
    await openApp(page, env.origin, `/#/p/${open.id}/goals`);
    await expectValue(page.locator('[data-testid=plan-title]'), open.title);
    const newestFirst = plans.map((p) => p.title).reverse();
    for (const how of ['page.click', 'a click as the page is drawn']) {
      if (how !== 'page.click') await page.evaluate(() => sessionStorage.setItem('clickBrandOnMount', '1'));
      await page.reload({ waitUntil: 'commit' });
      if (how === 'page.click') await page.click('a.brand');
      await expectAttribute(page.locator('[data-testid=library-count]'), 'data-total', String(plans.length), `${how}: every stored plan counted`);
      await expectTexts(page.locator('[data-testid=plan-item] .plan-link'), newestFirst.slice(0, 20), `${how}: the newest 20 plans, newest first`);
      const seen = await page.evaluate(() => window.__library);
      assert.equal(seen.emptyWhileStored, null, `${how}: the start page said "${seen.emptyWhileStored}" with ${plans.length} plans stored`);
      await expectCount(page.locator('[data-testid=plans-reading]'), 0, `${how}: the reading status goes once the plans show`);
      await expectCount(page.locator('.library [aria-busy=true], .library[aria-busy=true]'), 0, `${how}: the list is no longer busy`);
      t.diagnostic(`${how}: plan items shown in turn ${seen.itemCounts.join(' → ')}; reading status ${seen.readingSeen ? '' : 'not '}seen`);
      await page.goto(`${env.origin}/#/p/${open.id}/goals`);
      await expectValue(page.locator('[data-testid=plan-title]'), open.title);
    }
    await context.close();
  });

  test('the plan switcher lists every plan and opens the chosen one at the same step', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Alpha');
    await page.click('a.brand');
    await createPlan(page, 'Beta');
    await page.click('[data-testid=step-nav] a[href$="/goals"]');
    await page.waitForSelector('h1#page-heading:has-text("Goal")');
    // A reload reads the open plan's record first and the rest of the list after the first paint.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.plan-switcher option').length === 2);
    const betaUrl = page.url();
    const switcher = page.locator('.plan-switcher select');
    const chosen = () => switcher.evaluate((s) => s.selectedOptions[0]?.textContent);
    await expectEventually(chosen, (t) => assert.equal(t, 'Beta'));
    await switcher.selectOption({ label: 'Alpha' });
    await page.waitForFunction(() => document.querySelector('[data-testid=plan-title]').value === 'Alpha');
    await expectEventually(
      () => page.url(),
      (u) => u !== betaUrl && assert.match(u, /#\/p\/[a-z0-9]+\/goals$/, 'the same step of the other plan'),
      'the same step of the other plan',
    );
    await expectEventually(chosen, (t) => assert.equal(t, 'Alpha'));
    await context.close();
  });

  test('back and forward move between steps', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Steps');
    for (const step of ['feasibility', 'goals', 'data']) {
      await page.click(`[data-testid=step-nav] a[href$="/${step}"]`);
    }
    await page.goBack();
    await page.waitForFunction(() => location.hash.endsWith('/goals'));
    await expectText(page.locator('#page-heading'), /Goal/);
    await page.goBack();
    await page.waitForFunction(() => location.hash.endsWith('/feasibility'));
    await page.goForward();
    await page.waitForFunction(() => location.hash.endsWith('/goals'));
    await expectText(page.locator('#page-heading'), /Goal/);
    await context.close();
  });

  test('delete, then undo, brings the plan back exactly', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Keep me');
    await page.fill('#problem-who', 'support agents');
    await page.click('a.brand');
    const before = await expectStorage(
      page,
      (e) => Object.values(storedPlans(e)).some((p) => p.problem?.who === 'support agents'),
      'the edit is saved',
    );
    await page.click('[data-testid=plan-item] button.danger');
    await page.waitForSelector('[data-testid=toast]');
    await expectCount(page.locator('[data-testid=plan-item]'), 0);
    await page.click('[data-testid=undo]');
    await page.waitForSelector('[data-testid=plan-item]');
    const planKey = Object.keys(before).find((k) => k.startsWith('mlplan.v1.plan.'));
    await expectStorage(page, (afterUndo) => assert.equal(afterUndo[planKey], before[planKey]));
    await context.close();
  });

  test('the trash keeps every delete: undo takes back that delete, restore brings back any, the notice closes', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    for (const title of ['Alpha', 'Beta', 'Gamma']) {
      await createPlan(page, title);
      await page.click('a.brand');
      await expectEventually(
        () => page.locator('[data-testid=plan-item] .plan-link').allTextContents(),
        (titles) => assert.ok(titles.includes(title), titles.join(' | ')),
      );
    }
    const links = page.locator('[data-testid=plan-item] .plan-link');
    const item = (title) => page.locator('[data-testid=plan-item]', { hasText: title });
    const trashItems = page.locator('[data-testid=trash-item]');
    await expectAttribute(page.locator('[data-testid=open-trash]'), 'aria-expanded', 'false');
    await expectCount(page.locator('[data-testid=trash-list]'), 0, 'the trash is hidden until opened');

    await item('Gamma').locator('button.danger').click();
    await expectText(page.locator('[data-testid=toast] span'), /Gamma/);
    await item('Beta').locator('button.danger').click();
    await expectText(page.locator('[data-testid=toast] span'), /Beta/);
    await expectTexts(links, ['Alpha']);
    await expectStorage(page, (e) => Object.keys(e).filter((k) => k.startsWith('mlplan.v1.trash.')).length === 2, 'one trash key per deleted plan');
    await page.click('[data-testid=undo]');
    await expectEventually(() => links.allTextContents(), (t) => assert.deepEqual(t.sort(), ['Alpha', 'Beta']), 'undo brings back Beta, the plan of that notice');
    await expectCount(page.locator('[data-testid=toast]'), 0);

    await page.click('[data-testid=open-trash]');
    await expectAttribute(page.locator('[data-testid=open-trash]'), 'aria-expanded', 'true');
    await expectCount(trashItems, 1);
    await expectText(trashItems.first(), /Gamma.*Deleted/);
    await trashItems.first().locator('[data-testid=trash-restore]').click();
    await expectCount(trashItems, 0);
    await expectEventually(() => links.allTextContents(), (t) => assert.deepEqual(t.sort(), ['Alpha', 'Beta', 'Gamma']));

    await page.reload();
    await page.waitForSelector('.app-header');
    await expectEventually(() => links.allTextContents(), (t) => assert.deepEqual(t.sort(), ['Alpha', 'Beta', 'Gamma']), 'all three after a reload');
    await page.click('[data-testid=open-trash]');
    await expectCount(page.locator('[data-testid=trash-list]'), 1);
    await expectCount(trashItems, 0, 'the trash is empty after a reload');

    // Another tab's delete shows in this tab's open trash.
    const other = await context.newPage();
    await openApp(other, env.origin);
    await other.locator('[data-testid=plan-item]', { hasText: 'Alpha' }).locator('button.danger').click();
    await expectCount(trashItems, 1, 'a storage event refreshes the trash');
    await other.close();

    // The notice of a delete closes by itself.
    await item('Beta').locator('button.danger').click();
    await page.waitForSelector('[data-testid=toast]');
    await expectCount(trashItems, 2);
    await expectCount(page.locator('[data-testid=toast]'), 0, 'the notice closes after a few seconds');

    // Emptying asks first, naming how many plans go.
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      dialog.accept();
    });
    await page.click('[data-testid=trash-empty]');
    await expectCount(trashItems, 0);
    assert.match(question, /2 plans/);
    await expectTexts(links, ['Gamma']);
    await expectStorage(page, (e) => !Object.keys(e).some((k) => k.startsWith('mlplan.v1.trash')), 'no trash key is left');
    await context.close();
  });

  test('the notice of a delete closes when the person leaves the start page', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    for (const title of ['One', 'Two']) {
      await createPlan(page, title);
      await page.click('a.brand');
      await page.waitForSelector(`[data-testid=plan-item] >> text=${title}`);
    }
    await page.locator('[data-testid=plan-item]', { hasText: 'Two' }).locator('button.danger').click();
    await page.waitForSelector('[data-testid=toast]');
    await page.click('[data-testid=plan-item] .plan-link');
    await page.waitForSelector('[data-testid=plan-title]');
    await expectCount(page.locator('[data-testid=toast]'), 0);
    await context.close();
  });

  test('rename and duplicate from the list', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Draft');
    await page.click('a.brand');
    await page.click('[data-testid=plan-item] .plan-actions button >> nth=0');
    await page.fill('.rename input', 'Fraud detection');
    await page.keyboard.press('Enter');
    await page.waitForSelector('text=Fraud detection');
    await page.click('[data-testid=plan-item] .plan-actions button >> nth=1');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-item]').length === 2);
    await expectEventually(
      () => page.locator('[data-testid=plan-item] .plan-link').allTextContents(),
      (titles) => assert.ok(titles.includes('Fraud detection (copy)'), titles.join(' | ')),
    );
    await context.close();
  });

  test('a corrupted stored plan is listed as damaged and its backup kept', async () => {
    const { context, page } = await newPage();
    await page.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('mlplan.v1.plan.broken1', '{"schema":1,"title":"half a pla');
        sessionStorage.setItem('seeded', '1');
      }
    });
    await openApp(page, env.origin);
    await page.waitForSelector('[data-testid=damaged-notice]');
    const backup = '{"schema":1,"title":"half a pla';
    await expectStorage(page, (stored) => assert.equal(stored['mlplan.v1.backup.broken1'], backup));
    await page.click('[data-damaged=true] button >> nth=1');
    await page.waitForFunction(() => !document.querySelector('[data-damaged=true]'));
    const afterRemove = await storageEntries(page);
    assert.equal(afterRemove['mlplan.v1.backup.broken1'], backup, 'the backup stays');
    await page.goto(env.origin + '/#/p/broken1/problem');
    await page.reload();
    await page.waitForSelector('[data-testid=open-problem]');
    await context.close();
  });

  test('blocked storage: the app runs in memory and says so', async () => {
    const { context, page } = await newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openApp(page, env.origin);
    await page.waitForSelector('[data-testid=storage-error]');
    await createPlan(page, 'In memory');
    await page.click('a.brand');
    await expectCount(page.locator('[data-testid=plan-item]'), 1);
    await context.close();
  });

  test('full storage: a visible error, the plan kept in memory, other plans untouched', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await createPlan(page, 'Other plan');
    await page.click('a.brand');
    await createPlan(page, 'Big plan');
    const before = await expectStorage(
      page,
      (e) => Object.values(storedPlans(e)).some((p) => p.title === 'Big plan'),
      'the title is saved',
    );
    await page.evaluate(() => {
      const real = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (key.startsWith('mlplan.v1.plan.')) throw new DOMException('full', 'QuotaExceededError');
        return real.call(this, key, value);
      };
    });
    await page.fill('#problem-statement', 'this edit does not fit');
    await page.waitForSelector('[data-testid=storage-error]');
    await expectValue(page.locator('#problem-statement'), 'this edit does not fit', 'the edit stays on screen');
    await expectEventually(() => page.isVisible('[data-testid=storage-export]'), (v) => assert.ok(v, 'export is offered'));
    const afterFail = await storageEntries(page);
    assert.deepEqual(afterFail, before, 'nothing stored was overwritten');
    await context.close();
  });

  test('two tabs: a plan made in one appears in the other', async () => {
    const context = await env.context();
    const one = await context.newPage();
    const two = await context.newPage();
    await openApp(one, env.origin);
    await openApp(two, env.origin);
    await createPlan(one, 'From tab one');
    await two.waitForSelector('text=From tab one');
    await createPlan(two, 'From tab two');
    await one.click('a.brand');
    await one.waitForSelector('text=From tab two');
    await expectStorage(one, (stored) => {
      const titles = Object.values(storedPlans(stored)).map((p) => p.title).sort();
      assert.deepEqual(titles, ['From tab one', 'From tab two']);
    });
    // A plan deleted in one tab leaves the other tab's plan switcher; the other plan stays.
    await one.click('[data-testid=plan-item]:has-text("From tab one") button.danger');
    await two.waitForFunction(() => {
      const options = [...document.querySelectorAll('.plan-switcher option')].map((o) => o.textContent);
      return !options.includes('From tab one') && options.includes('From tab two');
    });
    await context.close();
  });
});

describe('shell', () => {
  test('served under a sub-path: loads, routes, reloads', async () => {
    const { context, page } = await newPage();
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    await openApp(page, env.origin, '/mlplan/');
    await createPlan(page, 'Sub-path plan');
    await page.click('[data-testid=step-nav] a[href$="/metrics"]');
    await page.waitForFunction(() => location.hash.endsWith('/metrics'));
    await page.reload();
    await page.waitForSelector('[data-testid=plan-title]');
    assert.match(page.url(), /\/mlplan\/#\/p\/[a-z0-9]+\/metrics$/);
    await expectValue(page.locator('[data-testid=plan-title]'), 'Sub-path plan');
    const outside = requests.filter((u) => !u.startsWith(env.origin + '/mlplan/'));
    assert.deepEqual(outside, [], 'every request stays under the sub-path');
    await context.close();
  });

  test('language: first visit follows the browser, the choice persists, <html lang> follows', async () => {
    const { context, page } = await newPage({ locale: 'ko-KR' });
    await openApp(page, env.origin);
    const html = page.locator('html');
    const newPlan = page.locator('[data-testid=new-plan]');
    await expectAttribute(html, 'lang', 'ko');
    await expectText(newPlan, /새 계획/);
    await page.click('[data-testid=lang-switch]');
    await expectAttribute(html, 'lang', 'en');
    await page.reload();
    await page.waitForSelector('[data-testid=new-plan]');
    await expectAttribute(html, 'lang', 'en');
    await expectText(newPlan, /New plan/);
    await context.close();
  });

  test('no request leaves the app, and the Content-Security-Policy holds', async () => {
    const { context, page } = await newPage();
    const requests = [];
    const problems = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await openApp(page, env.origin);
    await createPlan(page, '<img src=x onerror=alert(1)>');
    await page.click('a.brand');
    await expectTexts(page.locator('.plan-link'), ['<img src=x onerror=alert(1)>'], 'the plan is listed');
    assert.equal(await page.locator('.plan-link img').count(), 0, 'titles are text, never markup');
    assert.deepEqual(requests.filter((u) => !u.startsWith(env.origin)), []);
    assert.deepEqual(problems, []);
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
    await context.close();
  });

  test('360 px wide: nothing overflows sideways', async () => {
    for (const locale of ['en-US', 'ko-KR']) {
      const { context, page } = await newPage({ locale, viewport: { width: 360, height: 740 } });
      await openApp(page, env.origin);
      await createPlan(page, 'Narrow');
      await page.waitForSelector('#problem-statement');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${locale}: page is ${overflow}px wider than the screen`);
      await context.close();
    }
  });

  test('keyboard: a plan can be created and a step opened without the mouse', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await page.focus('[data-testid=new-plan]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid=plan-title]');
    await page.focus('[data-testid=plan-title]');
    await page.keyboard.type('Keyboard plan');
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('href')?.endsWith('/data') ?? false);
    }
    assert.ok(reached, 'the Data step link is reachable with Tab');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none', 'focus is visible');
    // The title and the step navigation stay where they are: only the step inside changes, so
    // focus stays on the link that was followed, now marked as the current page.
    await page.evaluate(() => (document.querySelector('[data-testid=plan-title]').dataset.kept = 'yes'));
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.hash.endsWith('/data'));
    await page.waitForFunction(() => document.getElementById('page-heading')?.textContent === 'Data sources');
    assert.equal(await page.getAttribute('[data-testid=plan-title]', 'data-kept'), 'yes', 'the frame was not rebuilt');
    await expectEventually(
      () => page.evaluate(() => ({
        href: document.activeElement?.getAttribute('href') ?? '',
        current: document.activeElement?.getAttribute('aria-current'),
      })),
      (focused) => {
        assert.ok(focused.href.endsWith('/data'), `focus stays on the followed link, not on ${focused.href || 'the page'}`);
        assert.equal(focused.current, 'page');
      },
    );
    await context.close();
  });
});

describe('code loaded on demand', () => {
  const wasmFiles = (requests) => requests.filter((u) => u.endsWith('.wasm')).map((u) => u.split('/').pop());
  const STEPS_CHUNK = /\/split_steps-[0-9a-f]+\.wasm$/;
  const CODEC_CHUNK = /\/split_codec-[0-9a-f]+\.wasm$/;

  test('the start page paints from one wasm module, its list\'s chunk after; a plan page loads its chunks once', async () => {
    // No service worker, so every request the page makes is seen here.
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    // The start page paints from the main module alone; the plan list's code (the `library`
    // chunk, and the plan reader for each plan's progress) is fetched after that paint.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('[data-testid=new-plan]')) return;
        globalThis.startShownAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await openApp(page, env.origin);
    await page.waitForSelector('[data-testid=storage-meter]');
    const first = wasmFiles(requests);
    assert.match(first[0], /^mlplan-[0-9a-f]+_bg\.wasm$/, 'the main module comes first');
    assert.ok(first.some((n) => /^split_library-/.test(n)), 'the plan list came in the library chunk');
    const { chunkStarts, startShownAt } = await page.evaluate(() => ({
      chunkStarts: performance.getEntriesByType('resource').filter((e) => /\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(e.name)).map((e) => e.startTime),
      startShownAt: globalThis.startShownAt,
    }));
    assert.ok(chunkStarts.every((t) => t > startShownAt), `chunks fetched at ${chunkStarts.map(Math.round)} ms, the start page shown at ${Math.round(startShownAt)} ms`);
    // The start page paints with its own sheet; the page sheets (which style the list) come with
    // the list's chunk, after that paint.
    const sheets = await page.evaluate(() =>
      performance.getEntriesByType('resource').filter((e) => /\.css$/.test(e.name)).map((e) => ({ name: e.name.split('/').pop(), at: e.startTime })),
    );
    assert.deepEqual(sheets.filter((s) => s.at <= startShownAt).map((s) => s.name.replace(/-[0-9a-f]+\.css$/, '')), ['main'], 'the start page paints with its own style sheet alone');
    assert.deepEqual(sheets.filter((s) => s.at > startShownAt).map((s) => s.name.replace(/-[0-9a-f]+\.css$/, '')), ['pages'], 'the page sheets follow the paint');
    await createPlan(page, 'Chunked plan');
    await page.waitForSelector('#problem-statement');
    const styled = await page.evaluate(() => [...document.styleSheets].some((s) => /\/pages-[0-9a-f]+\.css$/.test(s.href ?? '')));
    assert.ok(styled, 'the plan pages\' style sheet was there when the fields showed');
    assert.ok(wasmFiles(requests).some((n) => /^split_steps-/.test(n)), 'the step page came in the steps chunk');
    const afterSteps = wasmFiles(requests).length;
    await page.click('[data-testid=step-nav] a[href$="/goals"]');
    await page.waitForSelector('h1#page-heading:has-text("Goal")');
    assert.equal(wasmFiles(requests).length, afterSteps, 'another step fetches nothing more');
    await context.close();
  });

  test('a plan page starts each chunk request in a task of its own', async () => {
    // Starting a fetch takes the main thread a while on a phone, and a plan page starts a dozen;
    // started together they made long tasks. A request started in the same run of script as the
    // one before it (no task in between, so no microtask checkpoint either) is counted here.
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    await page.addInitScript(() => {
      const fetchFirst = window.fetch;
      let running = false;
      window.chunkStarts = { apart: 0, together: 0 };
      window.fetch = function (...args) {
        if (/\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(String(args[0]))) {
          window.chunkStarts[running ? 'together' : 'apart'] += 1;
          running = true;
          queueMicrotask(() => (running = false));
        }
        return fetchFirst.apply(this, args);
      };
    });
    await openApp(page, env.origin);
    await createPlan(page, 'Requests apart');
    await page.waitForSelector('#problem-statement');
    const starts = await page.evaluate(() => window.chunkStarts);
    const fetched = starts.apart + starts.together;
    assert.ok(fetched >= 8, `the plan reader's and the step's chunks were fetched (${fetched} requests)`);
    assert.equal(starts.together, 0, `of ${fetched} chunk requests, none starts in the task of the one before it`);
    await context.close();
  });

  test('the start page and a plan page\'s frame look the same without the page style sheets', async () => {
    // Those sheets load only with the chunks, after the frame (title, steps, heading) has painted,
    // so nothing outside a chunk's view may depend on them.
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    const pageSheets = (on) =>
      page.evaluate((on) => {
        for (const link of document.querySelectorAll('link[rel=stylesheet]')) {
          if (!/\/main-[0-9a-f]+\.css$/.test(link.href)) link.disabled = !on;
        }
      }, on);
    await openApp(page, env.origin);
    await createPlan(page, 'Styled frame');
    await page.waitForSelector('#problem-statement');
    // The save status is part of the title's row: both pictures must show the title saved.
    await expectAttribute(page.locator('[data-testid=save-status]'), 'data-state', 'saved');
    const frame = ['.plan-title', '.step-nav', '.step-head'];
    // Nothing focused (a focus ring is not layout), and a picture only once two in a row agree:
    // a busy machine may still be painting the last change when the first is taken.
    const shot = async (selector) => {
      await page.evaluate(() => document.activeElement?.blur());
      return page.locator(selector).screenshot({ animations: 'disabled' });
    };
    const settledShot = async (selector) => {
      let last = await shot(selector);
      return expectEventually(
        async () => {
          const next = await shot(selector);
          const same = next.equals(last);
          last = next;
          return same ? next : null;
        },
        (picture) => assert.ok(picture, `${selector} stops changing`),
      );
    };
    const frameWith = [];
    for (const selector of frame) frameWith.push(await settledShot(selector));
    await pageSheets(false);
    for (const [i, selector] of frame.entries()) {
      await expectEventually(() => shot(selector), (picture) => assert.ok(frameWith[i].equals(picture), selector));
    }
    await page.click('a.brand');
    await page.waitForSelector('[data-testid=plan-item]');
    // The list's progress and the storage meter's answers from the browser come after it shows.
    await expectText(page.locator('[data-testid=plan-progress]'), /steps complete/);
    await page.waitForSelector('[data-testid=storage-persist]');
    await page.waitForSelector('[data-testid=storage-estimate]');
    // The plan list, the trash and the storage meter are chunk views, styled by the page sheets
    // (style/library.css); the rest of the start page is the frame. The chunk views are hidden in
    // both pictures, so their height (and with it the scroll bar) does not move the frame.
    // (Through the style object: the page's CSP refuses a style element.)
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('.library > :not(.section-head), .storage')) el.style.display = 'none';
    });
    const startFrame = ['.intro', '.library .section-head', '.examples', '.files'];
    const startWithout = [];
    for (const selector of startFrame) startWithout.push(await shot(selector));
    await pageSheets(true);
    for (const [i, selector] of startFrame.entries()) assert.ok(startWithout[i].equals(await shot(selector)), `the start page's ${selector}`);
    await context.close();
  });

  test('a chunk that cannot be fetched: a notice in the person\'s language, the rest works, Try again loads it', async () => {
    const { context, page } = await newPage({ serviceWorkers: 'block', bypassCSP: true });
    const offline = (route) => route.abort('internetdisconnected');
    await page.route(STEPS_CHUNK, offline);
    await openApp(page, env.origin);
    await createPlan(page, 'Plan made offline');
    const notice = page.locator('[data-testid=page-unavailable]');
    await notice.waitFor();
    await expectText(notice, /could not be loaded/);
    // Everything outside the chunk is labelled: no text it shows waits for the chunk's texts.
    assert.deepEqual(await axeViolations(page), [], 'the plan page frame without its chunk');
    await page.click('[data-testid=lang-switch]');
    await expectText(notice, /불러오지 못했습니다/);
    await page.click('[data-testid=lang-switch]');
    await page.fill('[data-testid=plan-title]', 'Renamed while offline');
    await page.unroute(STEPS_CHUNK, offline);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('#problem-statement');
    await expectCount(notice, 0);
    await page.reload();
    await page.waitForSelector('#problem-statement');
    await expectValue(page.locator('[data-testid=plan-title]'), 'Renamed while offline', 'the title typed meanwhile was saved');
    await context.close();
  });

  test('the plan reader cannot be fetched: New plan says so and changes nothing; a plan link offers Try again', async () => {
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    const offline = (route) => route.abort('internetdisconnected');
    await openApp(page, env.origin);
    await createPlan(page, 'Made while online');
    const id = new URL(page.url()).hash.split('/')[2];
    await page.route(CODEC_CHUNK, offline);
    // A fresh tab: the reader is not loaded yet, and cannot be.
    await page.goto(env.origin + '/');
    await page.reload();
    await page.waitForSelector('[data-testid=plan-item]');
    await page.click('[data-testid=new-plan]');
    await page.waitForSelector('[data-testid=toast-unavailable]');
    await expectCount(page.locator('[data-testid=plan-item]'), 1, 'no plan was created');
    await page.goto(`${env.origin}/#/p/${id}/problem`);
    const notice = page.locator('[data-testid=page-unavailable]');
    await notice.waitFor();
    await page.unroute(CODEC_CHUNK, offline);
    await notice.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('#problem-statement');
    await expectValue(page.locator('[data-testid=plan-title]'), 'Made while online');
    await context.close();
  });

  test('a step page shows its title, steps and heading first, and fetches its chunks after that', async () => {
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    await openApp(page, env.origin);
    await createPlan(page, 'Frame first');
    await page.waitForSelector('#problem-statement');
    // A fresh load, with the chunks held back until the frame has been looked at.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    const hold = async (route) => {
      await held;
      await route.continue();
    };
    await page.route(/\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/, hold);
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.getElementById('page-heading')) return;
        globalThis.headingShownAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    await page.waitForSelector('h1#page-heading');
    const title = page.locator('[data-testid=plan-title]');
    const readOnly = () => title.evaluate((input) => input.readOnly);
    const shareDisabled = () => page.locator('[data-testid=share-button]').isDisabled();
    await expectValue(title, 'Frame first', 'the title comes from the plan list');
    await expectEventually(readOnly, (v) => assert.ok(v, 'and cannot be edited before the plan is read'));
    await expectEventually(shareDisabled, (v) => assert.ok(v, 'nor shared'));
    await expectCount(page.locator('[data-testid=step-nav] li[data-step]'), 9);
    await expectText(page.locator('.step-head .guide'), /\S/, 'the step\'s guide shows');
    assert.equal(await page.locator('#problem-statement').count(), 0, 'the fields wait for their chunk');
    release();
    await page.waitForSelector('#problem-statement');
    await expectEventually(readOnly, (v) => assert.ok(!v, 'the title is editable once the plan is read'));
    await expectEventually(shareDisabled, (v) => assert.ok(!v, 'sharing too'));
    const { chunkStarts, headingShownAt } = await page.evaluate(() => ({
      chunkStarts: performance.getEntriesByType('resource').filter((e) => /\/(split|chunk)_\w+-[0-9a-f]+\.wasm$/.test(e.name)).map((e) => e.startTime),
      headingShownAt: globalThis.headingShownAt,
    }));
    assert.ok(chunkStarts.length > 0, 'the page fetched its chunks');
    assert.ok(chunkStarts.every((t) => t > headingShownAt), `chunks fetched at ${chunkStarts.map(Math.round)} ms, heading shown at ${Math.round(headingShownAt)} ms`);
    await context.close();
  });

  test('Reload mlplan: a tab whose chunks are gone (say, after a deploy) reloads to a working page', async () => {
    const { context, page } = await newPage({ serviceWorkers: 'block' });
    const gone = (route) => route.fulfill({ status: 404, body: 'not found' });
    await page.route(STEPS_CHUNK, gone);
    await openApp(page, env.origin);
    await createPlan(page, 'Plan across a deploy');
    const notice = page.locator('[data-testid=page-unavailable]');
    await notice.waitFor();
    await page.fill('[data-testid=plan-title]', 'Typed just before the reload');
    await page.unroute(STEPS_CHUNK, gone);
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload mlplan' }).click()]);
    await page.waitForSelector('#problem-statement');
    await expectValue(page.locator('[data-testid=plan-title]'), 'Typed just before the reload', 'the pending edit was written first');
    await context.close();
  });
});

describe('accessibility (axe-core)', () => {
  for (const locale of ['en-US', 'ko-KR']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`shell in ${locale}, ${colorScheme}: no violations`, async () => {
        const { context, page } = await newPage({ locale, colorScheme, bypassCSP: true });
        await openApp(page, env.origin);
        await page.waitForSelector(EMPTY_LIBRARY);
        assert.deepEqual(await axeViolations(page), [], 'start page, empty');
        await createPlan(page, 'Accessible');
        await page.waitForSelector('#problem-statement');
        assert.deepEqual(await axeViolations(page), [], 'plan page');
        await page.click('a.brand');
        await page.waitForSelector('[data-testid=plan-item]');
        assert.deepEqual(await axeViolations(page), [], 'start page with a plan');
        await context.close();
      });
    }
  }
});
