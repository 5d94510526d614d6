// End-to-end tests of the guided step pages (steps 1-8), on the release build in Chromium.
// Filling is done with the keyboard only: Tab / Shift+Tab to move, typing, Space and arrow keys
// for radios, Enter for buttons and links.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  axeViolations,
  expectAttribute,
  expectCount,
  expectEventually,
  expectStorage,
  expectText,
  expectValue,
  flushSaves,
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

const STEPS = ['problem', 'feasibility', 'goals', 'data', 'constraints', 'baseline', 'metrics', 'monitoring'];
const SIGNALS = ['pattern', 'objective', 'complexity', 'data', 'repetition'];
const FLAGS = ['unethical', 'simple', 'bad_data', 'label_issues', 'catastrophic', 'explain_all', 'not_cost_effective'];
const YES = 0;
const NO = 1;

/** A page whose browser holds one plan (`plan` merged over an empty one), opened at `step`. */
async function openPlan(options, plan = {}, step = 'problem') {
  const context = await env.context(options);
  const page = await context.newPage();
  const id = 'kb' + Math.random().toString(36).slice(2, 8);
  const record = { schema: 1, id, title: 'Keyboard plan', created_ms: 1, updated_ms: 1, ...plan };
  await page.addInitScript(
    ([key, json]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, json);
        sessionStorage.setItem('seeded', '1');
      }
    },
    ['mlplan.v1.plan.' + id, JSON.stringify(record)],
  );
  await openApp(page, env.origin, `/#/p/${id}/${step}`);
  await page.waitForSelector('#page-heading');
  return { context, page, id };
}

const planOf = (all, id) => JSON.parse(all['mlplan.v1.plan.' + id]);

/** The stored plan comes to pass `check` (the autosave writes 400 ms after the last edit). */
async function expectStored(page, id, check, message) {
  return planOf(await expectStorage(page, (all) => check(planOf(all, id)), message), id);
}

/** The stored plan with every held-back edit written: for checking what an edit did not store. */
async function storedNow(page, id) {
  await flushSaves(page);
  return planOf(await storageEntries(page), id);
}

async function isFocused(page, selector) {
  return page.evaluate((s) => !!document.activeElement && document.activeElement.matches(s), selector);
}

/** Keyboard focus comes to the element matching `selector`. */
const expectFocused = (page, selector, message = `focus on ${selector}`) =>
  expectEventually(() => isFocused(page, selector), (v) => assert.ok(v, message), message);

/** The radio or checkbox comes to be checked. */
const expectChecked = (page, selector, message = `${selector} is checked`) =>
  expectEventually(() => page.isChecked(selector), (v) => assert.ok(v, message), message);

/** Presses Tab (then, failing that, Shift+Tab) until the focused element matches `selector`. */
async function tabTo(page, selector, max = 300) {
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < max; i++) {
      if (await isFocused(page, selector)) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`keyboard focus never reached ${selector}`);
}

async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Picks option `index` of the radio group `name` with arrow keys and Space. */
async function choose(page, name, index) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  const at = await page.evaluate(() => [...document.getElementsByName(document.activeElement.name)].indexOf(document.activeElement));
  for (let i = at; i < index; i++) await page.keyboard.press('ArrowDown');
  for (let i = at; i > index; i--) await page.keyboard.press('ArrowUp');
  if (!(await page.evaluate(() => document.activeElement.checked))) await page.keyboard.press('Space');
  await expectChecked(page, `#${name}-${index}`, `${name} option ${index} is chosen`);
}

/** Follows the step navigation link to `step` with the keyboard. */
async function goToStep(page, step) {
  await tabTo(page, `[data-testid=step-nav] a[href$="/${step}"]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => location.hash.endsWith('/' + s), step);
  await page.waitForSelector('#page-heading');
}

async function press(page, selector, key = 'Enter') {
  await tabTo(page, selector);
  await page.keyboard.press(key);
}

/** The feasibility verdict comes to be `slug`. */
function expectVerdict(page, slug, message) {
  return expectAttribute(page.locator('[data-testid=feasibility-verdict]'), 'data-verdict', slug, message);
}

describe('steps, keyboard only', () => {
  test('fill steps 1-8, reload, and read every value back', async () => {
    const { context, page, id } = await openPlan();
    // 1. Problem
    await typeInto(page, '#problem-statement', 'Late deliveries anger customers');
    await typeInto(page, '#problem-who', '배송 고객');
    await typeInto(page, '#problem-current', 'Support agents apologise by hand');
    await typeInto(page, '#problem-value', 'Fewer refunds');
    // 2. Feasibility
    await goToStep(page, 'feasibility');
    for (const key of SIGNALS) await choose(page, `q-${key}-value`, YES);
    for (const key of FLAGS) await choose(page, `q-${key}-value`, NO);
    await typeInto(page, '#q-pattern-note', 'Delays follow weather and traffic');
    await expectVerdict(page, 'fits');
    // 3. Goals
    await goToStep(page, 'goals');
    await typeInto(page, '#goal', 'On-time deliveries without overworking drivers');
    await press(page, '#objectives-add');
    await page.waitForSelector('#objectives-0-name');
    await expectFocused(page, '#objectives-0-name', 'focus moves to the new row');
    await page.keyboard.type('Predict delay');
    await typeInto(page, '#objectives-0-metric', 'MAE in minutes');
    await choose(page, 'objectives-0-scenario', 1);
    await press(page, '#objectives-add');
    await page.waitForSelector('#objectives-1-name');
    await expectFocused(page, '#objectives-1-name', 'focus moves to the new row');
    await page.keyboard.type('Fair workload');
    await choose(page, 'goals-strategy', 1);
    await typeInto(page, '#objectives-0-weight', '0.7');
    await typeInto(page, '#objectives-1-weight', '0.3');
    await expectEventually(
      () => page.isVisible('[data-tool=blend] a'),
      (v) => assert.ok(v, 'separate models link to the blend calculator'),
    );
    // 4. Data
    await goToStep(page, 'data');
    await press(page, '#sources-add');
    await page.waitForSelector('#sources-0-name');
    await expectFocused(page, '#sources-0-name', 'focus moves to the new row');
    await page.keyboard.type('GPS pings');
    await typeInto(page, '#sources-0-owner', 'Fleet team');
    await choose(page, 'sources-0-labelled', 2);
    await choose(page, 'sources-0-continuous', YES);
    await typeInto(page, '#data-collection', 'Log actual arrival times');
    // 5. Constraints
    await goToStep(page, 'constraints');
    await typeInto(page, '#constraints-schedule', 'Pilot by June');
    await typeInto(page, '#constraints-budget', 'Two engineers');
    await press(page, '#risks-add');
    await page.waitForSelector('#risks-0-risk');
    await expectFocused(page, '#risks-0-risk', 'focus moves to the new row');
    await page.keyboard.type('Label delay');
    await choose(page, 'risks-0-likelihood', 2);
    await choose(page, 'risks-0-impact', 1);
    await typeInto(page, '#risks-0-mitigation', 'Use proxy labels');
    await choose(page, 'constraints-tolerance', 1);
    await typeInto(page, '#constraints-guards', 'Cap the ETA at 3 hours');
    await page.waitForFunction(() => /Label delay/.test(document.querySelector('[data-cell="3-2"]')?.textContent));
    // 6. Baseline
    await goToStep(page, 'baseline');
    await choose(page, 'baseline-kind', 1);
    await typeInto(page, '#baseline-description', 'Distance divided by average speed');
    await typeInto(page, '#prototype-tool', 'Streamlit');
    // 7. Metrics
    await goToStep(page, 'metrics');
    await press(page, '#metric-links-add');
    await page.waitForSelector('#metric-links-0-business');
    await expectFocused(page, '#metric-links-0-business', 'focus moves to the new row');
    await page.keyboard.type('Refund rate');
    await choose(page, 'metric-links-0-direction', 1);
    await typeInto(page, '#metric-links-0-model', 'MAE');
    await typeInto(page, '#metrics-label-inference', 'Complaints about lateness');
    // 8. Monitoring
    await goToStep(page, 'monitoring');
    await typeInto(page, '#monitoring-watched', 'MAE by region');
    await typeInto(page, '#monitoring-retrain', 'MAE above 8 minutes for a week');
    await typeInto(page, '#monitoring-loop-back', 'New region → Data sources');

    await expectStored(page, id, (plan) => {
      assert.equal(plan.monitoring?.loop_back, 'New region → Data sources', 'the last field typed is saved');
      assert.equal(plan.problem.who, '배송 고객');
      assert.equal(plan.feasibility.pattern.value, 'yes');
      assert.equal(plan.feasibility.pattern.note, 'Delays follow weather and traffic');
      assert.equal(plan.feasibility.not_cost_effective.value, 'no');
      assert.deepEqual(plan.goals.objectives.map((o) => [o.name, o.weight]), [['Predict delay', 0.7], ['Fair workload', 0.3]]);
      assert.equal(plan.goals.objectives[0].label_scenario, 'proxy');
      assert.equal(plan.goals.strategy, 'separate_models');
      assert.deepEqual(plan.data.sources[0], {
        name: 'GPS pings', owner: 'Fleet team', labelled: 'unsure', reliability: '', refresh: '', continuous: 'yes', privacy: '',
      });
      assert.deepEqual([plan.constraints.risks[0].likelihood, plan.constraints.risks[0].impact], [3, 2]);
      assert.equal(plan.constraints.error_tolerance, 'false_negatives_worse');
      assert.equal(plan.baseline.kind, 'rule_based');
      assert.equal(plan.baseline.prototype_tool, 'Streamlit');
      assert.deepEqual(plan.metrics.links[0], { business_metric: 'Refund rate', model_metric: 'MAE', direction: 'down' });
    });
    await page.reload();
    await page.waitForSelector('#page-heading');
    await expectValue(page.locator('#monitoring-watched'), 'MAE by region');
    await expectEventually(
      () => page.$$eval('[data-testid=step-nav] li.complete', (els) => els.map((e) => e.dataset.step)),
      (done) => assert.deepEqual(done, STEPS, 'steps 1-8 are complete'),
    );

    // Read back from the pages after the reload.
    const expect = {
      problem: { '#problem-statement': 'Late deliveries anger customers', '#problem-current': 'Support agents apologise by hand' },
      feasibility: { '#q-pattern-note': 'Delays follow weather and traffic' },
      goals: { '#goal': 'On-time deliveries without overworking drivers', '#objectives-1-name': 'Fair workload', '#objectives-0-weight': '0.7' },
      data: { '#sources-0-name': 'GPS pings', '#data-collection': 'Log actual arrival times' },
      constraints: { '#risks-0-risk': 'Label delay', '#constraints-guards': 'Cap the ETA at 3 hours' },
      baseline: { '#baseline-description': 'Distance divided by average speed', '#prototype-tool': 'Streamlit' },
      metrics: { '#metric-links-0-business': 'Refund rate', '#metrics-label-inference': 'Complaints about lateness' },
      monitoring: { '#monitoring-retrain': 'MAE above 8 minutes for a week' },
    };
    for (const [step, fields] of Object.entries(expect)) {
      await goToStep(page, step);
      for (const [sel, value] of Object.entries(fields)) await expectValue(page.locator(sel), value, `${step} ${sel}`);
    }
    await goToStep(page, 'feasibility');
    await expectChecked(page, '#q-pattern-value-0');
    await expectChecked(page, '#q-unethical-value-1');
    await expectVerdict(page, 'fits');
    await goToStep(page, 'constraints');
    await expectChecked(page, '#risks-0-likelihood-2');
    await expectText(page.locator('[data-cell="3-2"]'), /Label delay/);

    // And the report shows what was typed, step by step.
    await page.evaluate(() => (location.hash = location.hash.replace(/[^/]+$/, 'report')));
    await page.waitForSelector('[data-testid=report]');
    await expectEventually(
      () => page.textContent('[data-testid=report]'),
      (report) => {
        for (const typed of [
          'Late deliveries anger customers', '배송 고객', 'Delays follow weather and traffic',
          'On-time deliveries without overworking drivers', 'Predict delay', 'GPS pings', 'Label delay',
          'Cap the ETA at 3 hours', 'Distance divided by average speed', 'Refund rate', 'MAE above 8 minutes for a week',
        ]) {
          assert.ok(report.includes(typed), `the report shows “${typed}”`);
        }
      },
    );
    await context.close();
  });

  test('the feasibility verdict follows the answers', async () => {
    const { context, page } = await openPlan({}, {}, 'feasibility');
    await expectVerdict(page, 'unsure', 'nothing answered yet');
    for (const key of SIGNALS) await choose(page, `q-${key}-value`, YES);
    await expectVerdict(page, 'unsure');
    for (const key of FLAGS) await choose(page, `q-${key}-value`, NO);
    await expectVerdict(page, 'fits');
    // Biased or late labels add a caveat with a plan; the verdict stays.
    await choose(page, 'q-label_issues-value', YES);
    await expectCount(page.locator('[data-testid=verdict-caveats] [data-question=label_issues]'), 1);
    await expectCount(page.locator('[data-testid=verdict-actions] [data-action=plan_labels]'), 1);
    await expectVerdict(page, 'fits', 'label problems are a caveat, not a blocker');
    await choose(page, 'q-label_issues-value', NO);
    await expectCount(page.locator('[data-testid=verdict-caveats]'), 0);
    await choose(page, 'q-unethical-value', YES);
    await expectVerdict(page, 'not_advisable');
    await expectText(page.locator('[data-testid=verdict-causes]'), /ethic/i);
    await choose(page, 'q-unethical-value', NO);
    await choose(page, 'q-data-value', NO);
    await expectVerdict(page, 'rules_first');
    await expectEventually(
      () => page.locator('[data-testid=verdict-causes] [data-question=data]').count(),
      (n) => assert.ok(n > 0, 'the data answer is named as the cause'),
    );
    await choose(page, 'q-data-value', 2);
    await expectVerdict(page, 'unsure');
    // Clearing an answer with the keyboard.
    await press(page, '#q-data-value ~ button.clear, fieldset#q-data .clear');
    await page.waitForFunction(() => document.activeElement?.id === 'q-data-value-0', null, { timeout: 2000 });
    await choose(page, 'q-data-value', YES);
    await expectVerdict(page, 'fits');
    // The rule table opens from the keyboard.
    await press(page, '.verdict details summary');
    await expectCount(page.locator('.verdict details tbody tr'), 18);
    await context.close();
  });

  test('list editor: add, move, remove and undo, with focus following', async () => {
    const { context, page, id } = await openPlan({}, {}, 'goals');
    for (const [i, name] of ['A', 'B', 'C'].entries()) {
      await press(page, '#objectives-add');
      await page.waitForSelector(`#objectives-${i}-name`);
      await expectFocused(page, `#objectives-${i}-name`);
      await page.keyboard.type(name);
    }
    const expectNames = (names) =>
      expectStored(page, id, (plan) => assert.deepEqual(plan.goals?.objectives?.map((o) => o.name), names, 'stored'));
    const shown = () => page.$$eval('[data-testid=list-objectives] textarea[id$="-name"]', (els) => els.map((e) => e.value));
    const expectShown = (names, message) => expectEventually(shown, (v) => assert.deepEqual(v, names, message), message);
    await press(page, '#objectives-2-up');
    await expectShown(['A', 'C', 'B']);
    await page.waitForFunction(() => document.activeElement?.id === 'objectives-1-up');
    await page.keyboard.press('Enter');
    await expectShown(['C', 'A', 'B']);
    await page.waitForFunction(() => document.activeElement?.id === 'objectives-0-down', null, { timeout: 2000 });
    await page.keyboard.press('Enter');
    await expectShown(['A', 'C', 'B']);
    await expectNames(['A', 'C', 'B']);
    await press(page, '#objectives-1-remove');
    await page.waitForFunction(() => document.activeElement?.id === 'objectives-undo', null, { timeout: 2000 });
    await expectShown(['A', 'B']);
    await expectText(page.locator('[data-testid=list-objectives] .list-status'), /Objective 2 removed/);
    await page.keyboard.press('Enter');
    await expectShown(['A', 'C', 'B'], 'undo puts the row back where it was');
    await page.waitForFunction(() => document.activeElement?.id === 'objectives-1-name', null, { timeout: 2000 });
    await press(page, '#objectives-0-remove');
    await expectNames(['C', 'B']);
    await context.close();
  });

  for (const [locale, word] of [['en-US', /Enter a number/], ['ko-KR', /숫자/]]) {
    test(`an invalid number shows a message and stores nothing (${locale})`, async () => {
      const objectives = [{ name: 'A' }, { name: 'B' }];
      const { context, page, id } = await openPlan({ locale }, { goals: { objectives } }, 'goals');
      await typeInto(page, '#objectives-0-weight', 'abc');
      const error = page.locator('#objectives-0-weight-error');
      const input = page.locator('#objectives-0-weight');
      const weight = (plan) => plan.goals.objectives[0].weight ?? null;
      await expectText(error, word);
      await expectAttribute(input, 'aria-invalid', 'true');
      await expectValue(input, 'abc', 'the typed text stays for correcting');
      assert.equal(weight(await storedNow(page, id)), null);
      for (const bad of ['NaN', 'inf', '1e999', '-0.5']) {
        await page.keyboard.press('Control+A');
        await page.keyboard.type(bad);
        await expectValue(input, bad);
        await expectText(error, word, bad);
      }
      assert.equal(weight(await storedNow(page, id)), null, 'NaN and infinity are never stored');
      await page.keyboard.press('Control+A');
      await page.keyboard.type('0.25');
      await page.waitForFunction(() => document.querySelector('#objectives-0-weight-error').textContent === '');
      await expectAttribute(input, 'aria-invalid', null);
      await expectStored(page, id, (plan) => assert.equal(weight(plan), 0.25));
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Backspace');
      await expectStored(page, id, (plan) => assert.equal(weight(plan), null, 'blank clears the value'));
      await page.keyboard.type('0.5x');
      await expectValue(input, '0.5x');
      await expectText(error, word);
      assert.equal(weight(await storedNow(page, id)), null, 'no half-typed prefix is kept');
      await context.close();
    });
  }
});

/** A plan with something in every list, so every control is on the page. */
const FULL = {
  problem: { statement: 'Late deliveries', who: 'customers', value: 'fewer refunds' },
  feasibility: { pattern: { value: 'yes', note: 'weather' }, data: { value: 'no', note: '' }, catastrophic: { value: 'yes', note: '' } },
  goals: {
    goal: 'On time',
    objectives: [
      { name: 'Delay', metric: 'MAE', label_scenario: 'proxy', weight: 0.6 },
      { name: 'Fairness', metric: 'spread', label_scenario: 'no_data', weight: 0.4 },
    ],
    strategy: 'separate_models',
  },
  data: { sources: [{ name: 'GPS', labelled: 'yes', continuous: 'unsure' }, { name: 'Tickets' }] },
  constraints: {
    schedule: 'June',
    risks: [{ risk: 'Drift', likelihood: 3, impact: 3 }, { risk: 'Churn', likelihood: 1, impact: 2 }, { risk: '' }],
    error_tolerance: 'balanced',
  },
  baseline: { kind: 'dummy', description: 'average' },
  metrics: { links: [{ business_metric: 'Refunds', direction: 'down', model_metric: 'MAE' }] },
  monitoring: { watched: 'MAE' },
};

/** Violations anywhere on the page, the shell included. */
function stepViolations(found) {
  return found;
}

describe('accessibility of the step pages (axe-core)', () => {
  for (const locale of ['en-US', 'ko-KR']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`steps 1-8 in ${locale}, ${colorScheme}: no violations, no sideways scroll at 360 px`, async () => {
        const viewport = colorScheme === 'dark' ? { width: 360, height: 740 } : { width: 1280, height: 900 };
        const { context, page } = await openPlan({ locale, colorScheme, bypassCSP: true, viewport }, FULL);
        for (const step of STEPS) {
          await page.evaluate((s) => (location.hash = location.hash.replace(/[^/]+$/, s)), step);
          await page.waitForFunction((s) => location.hash.endsWith('/' + s), step);
          await page.waitForSelector('#page-heading');
          await page.$$eval('details', (ds) => ds.forEach((d) => (d.open = true)));
          assert.deepEqual(stepViolations(await axeViolations(page)), [], `${step} (${locale}, ${colorScheme})`);
          if (viewport.width === 360) {
            // The step's own content; tables scroll inside their own box. (The step rail is the shell's.)
            const wide = await page.evaluate(() =>
              [...document.querySelectorAll('article.step *')]
                .filter((el) => !el.parentElement.closest('.table-scroll, .table-wrap') && !el.closest('.visually-hidden') && el.getBoundingClientRect().right > window.innerWidth + 1)
                .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}`),
            );
            assert.deepEqual(wide, [], `${step}: wider than the 360 px screen`);
            const page_overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
            assert.ok(page_overflow <= 0, `${step}: the page scrolls sideways by ${page_overflow}px`);
          }
        }
        await context.close();
      });
    }
  }
});
