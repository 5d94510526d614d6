// End-to-end tests of the decision calculators, on the release build in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  AXE_PATH,
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
  storedPlans,
  tempDir,
} from './harness.mjs';
import { seedPlans } from './plans.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VECTORS = join(ROOT, 'tests/fixtures/vectors');

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** axe-core on the page's main region, where the calculators are (the shared header is checked by
 * the shell tests). */
async function axeViolations(page) {
  await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run({ include: ['main'] }, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

async function newPage(options) {
  const context = await env.context(options);
  const page = await context.newPage();
  return { context, page };
}

/** Creates a plan and opens one calculator page of it. */
async function openCalc(page, tool) {
  await openApp(page, env.origin);
  await page.click('[data-testid=new-plan]');
  await page.waitForSelector('[data-testid=plan-title]');
  await page.fill('[data-testid=plan-title]', `Calc ${tool}`);
  await goTo(page, tool);
}

async function goTo(page, tool) {
  await page.evaluate((t) => {
    location.hash = location.hash.replace(/^(#\/p\/[^/]+)\/.*$/, `$1/calc/${t}`);
  }, tool);
  await page.waitForSelector(`[data-testid=${tool === 'abtest' ? 'abtest' : tool}-calculator]`);
}

const text = (page, id) => page.textContent(`[data-testid=${id}]`);
const byTestId = (page, id) => page.locator(`[data-testid=${id}]`);

/** The confusion matrix comes to pass `check`; returns it. */
const expectMatrix = (page, check, message) => expectEventually(() => matrix(page), check, message);

function csv(scores, labels) {
  return 'score,label\n' + scores.map((s, i) => `${s},${labels[i]}`).join('\n') + '\n';
}

async function matrix(page) {
  const cells = {};
  // Counts are grouped by thousands ("1,204").
  for (const id of ['tp', 'fp', 'tn', 'fn']) cells[id] = Number((await text(page, id)).replaceAll(',', ''));
  return cells;
}

async function ownScores(page) {
  await page.check('[data-testid=source-own]');
  await page.waitForSelector('[data-testid=scores-text]');
}

describe('threshold calculator', () => {
  test('pasted scores: matrix, keyboard and number input, AUC equals scikit-learn', async () => {
    const vectors = JSON.parse(readFileSync(join(VECTORS, 'threshold_metrics.json'), 'utf8'));
    const c = vectors.cases.find((x) => x.name === 'ties_rounded_200');
    const { context, page } = await newPage();
    await openCalc(page, 'threshold');
    await ownScores(page);
    await page.fill('[data-testid=scores-text]', csv(c.scores, c.labels));
    await page.waitForFunction(() => /^\d\.\d{4}$/.test(document.querySelector('[data-testid=roc-auc]')?.textContent));
    await expectText(byTestId(page, 'roc-auc'), c.roc_auc.toFixed(4));
    await expectText(byTestId(page, 'average-precision'), c.average_precision.toFixed(4));
    const total = c.scores.length;
    const m0 = await expectMatrix(page, (m) => assert.equal(m.tp + m.fp + m.tn + m.fn, total));

    await page.fill('[data-testid=threshold-input]', '0.7');
    await page.waitForFunction(
      (before) => document.querySelector('[data-testid=tp]').textContent.replaceAll(',', '') !== String(before),
      m0.tp,
    );
    const expected = c.scores.reduce(
      (acc, s, i) => {
        const flagged = s >= 0.7;
        const pos = c.labels[i] === 1;
        acc[flagged ? (pos ? 'tp' : 'fp') : pos ? 'fn' : 'tn'] += 1;
        return acc;
      },
      { tp: 0, fp: 0, tn: 0, fn: 0 },
    );
    const atSeven = await expectMatrix(page, (m) => assert.deepEqual(m, expected, 'counts at 0.7 match a direct count'));
    await expectText(byTestId(page, 'threshold-sentence'), /^At 0\.7/);

    await page.focus('[data-testid=threshold-slider]');
    for (let i = 0; i < 15; i++) await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('[data-testid=threshold-input]').value !== '0.7');
    await expectEventually(
      () => page.inputValue('[data-testid=threshold-input]'),
      (v) => assert.equal(Number(v).toFixed(2), '0.55'),
    );
    await expectMatrix(page, (m) => assert.ok(m.tp + m.fp > atSeven.tp + atSeven.fp, 'a lower threshold flags more'));

    // A suggested threshold moves the slider.
    await page.click('[data-testid=goto-youden]');
    await page.waitForFunction(() => document.querySelector('[data-testid=threshold-input]').value !== '0.55');
    await context.close();
  });

  test('scores off the 0-1 scale: the threshold moves into their range; flagging nothing keeps the drawn curve', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'threshold');
    await expectValue(byTestId(page, 'threshold-input'), /^0\.\d+$/);
    await ownScores(page);
    const scores = Array.from({ length: 40 }, (_, i) => 10 + 2 * i);
    const labels = scores.map((s, i) => (s > 50 ? i % 4 !== 0 : i % 4 === 0) ? 1 : 0);
    await page.fill('[data-testid=scores-text]', csv(scores, labels));
    await expectValue(byTestId(page, 'threshold-input'), '49', 'the middle of 10-88, where the earlier 0-1 threshold did not fit');
    await expectText(byTestId(page, 'threshold-sentence'), /^At 49, about \d in 10 flagged cases/);

    await page.fill('[data-testid=threshold-input]', '88');
    await expectText(byTestId(page, 'threshold-sentence'), /^At 88, no flagged case is a false alarm, and almost all \(9\d(\.\d)? %\) positive cases get through\.$/);
    await page.fill('[data-testid=threshold-input]', '500');
    await expectText(byTestId(page, 'threshold-sentence'), /nothing is flagged/);
    const pr = page.locator('#pr-chart-desc');
    await expectText(pr, /flags no case/);
    assert.doesNotMatch(await pr.textContent(), /No curve/, 'the curve above is drawn');
    await context.close();
  });

  test('bad rows are listed by line; one class leaves AUC undefined; the plan is unharmed', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'threshold');
    await ownScores(page);
    await page.fill('[data-testid=scores-text]', '0.2,1\n0.6,0\n');
    await page.waitForFunction(() => /\d/.test(document.querySelector('[data-testid=roc-auc]')?.textContent));
    await page.fill('[data-testid=scores-text]', 'score,label\n0.1,1\nabc,1\n0.3,2\n0.4,0\n');
    await page.waitForSelector('[data-testid=scores-error]');
    await expectText(byTestId(page, 'scores-error'), /Line 3: the score is not a number/);
    await expectText(byTestId(page, 'scores-error'), /Line 4: the label/);
    await expectText(byTestId(page, 'roc-auc'), '0.0000', 'the previous scores stay in use');

    await page.fill('[data-testid=scores-text]', '0.1,0\n0.5,0\n0.9,0\n');
    await page.waitForFunction(() => /Not defined/.test(document.querySelector('[data-testid=roc-auc]').textContent));
    await expectCount(byTestId(page, 'scores-error'), 0);
    await expectMatrix(page, (m) => assert.equal(m.tp + m.fp + m.tn + m.fn, 3, 'counts still shown'));

    await page.fill('[data-testid=scores-text]', 'score,label\n');
    await page.waitForSelector('[data-testid=scores-error]');
    await expectText(byTestId(page, 'scores-error'), /No score and label rows/);
    await context.close();
  });

  test('Korean: errors in Korean', async () => {
    const { context, page } = await newPage({ locale: 'ko-KR' });
    await openCalc(page, 'threshold');
    await ownScores(page);
    await page.fill('[data-testid=scores-text]', '0.1,1\n0.2,x\n');
    await page.waitForSelector('[data-testid=scores-error]');
    await expectText(byTestId(page, 'scores-error'), /2행: 레이블이/);
    await context.close();
  });

  test('reload keeps the inputs and shows summary figures for own scores', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'threshold');
    await ownScores(page);
    const rows = Array.from({ length: 400 }, (_, i) => `${(i / 400).toFixed(4)},${i % 3 === 0 || i > 300 ? 1 : 0}`);
    await page.fill('[data-testid=scores-text]', rows.join('\n'));
    await page.waitForFunction(() => /Exact/.test(document.querySelector('[data-testid=figures-kind]').textContent));
    await page.fill('[data-testid=threshold-input]', '0.62');
    await page.fill('#thr-cost-fp', '3');
    await page.fill('#thr-cost-fn', '40');
    await expectStorage(page, (stored) => {
      const [plan] = Object.values(storedPlans(stored));
      assert.deepEqual(
        [plan?.threshold?.threshold, plan?.threshold?.cost_false_positive, plan?.threshold?.cost_false_negative],
        [0.62, 3, 40],
        'the inputs are saved',
      );
    });
    await page.reload();
    await page.waitForSelector('[data-testid=threshold-calculator]');
    await page.waitForFunction(() => /Summary/.test(document.querySelector('[data-testid=figures-kind]').textContent));
    await expectValue(page.locator('[data-testid=threshold-input]'), '0.62');
    await expectValue(page.locator('#thr-cost-fn'), '40');
    await expectText(byTestId(page, 'roc-auc'), /^\d\.\d{4}$/);
    const stored = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('mlplan.v1.plan.'))
        .map((k) => localStorage.getItem(k))
        .join(''),
    );
    assert.ok(!stored.includes('0.6200,'), 'raw rows are never stored');
    assert.ok(!/NaN|null,null,null/.test(stored.match(/"threshold":\{[^}]*\}/)?.[0] ?? ''), 'no NaN stored');
    await context.close();
  });

  test('a 1,000,000-row file: progress, AUC, time against pandas + scikit-learn', async () => {
    const dir = tempDir();
    const file = join(dir, 'scores_1m.csv');
    // mulberry32: small and deterministic.
    let a = 42;
    const rand = () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const lines = ['score,label'];
    for (let i = 0; i < 1_000_000; i++) {
      const positive = rand() < 0.3;
      lines.push(`${((rand() + (positive ? 0.35 : 0)) / 1.35).toFixed(8)},${positive ? 1 : 0}`);
    }
    writeFileSync(file, lines.join('\n') + '\n');

    const peer = execFileSync('python3', [join(ROOT, 'scripts/bench_peer.py'), file], { encoding: 'utf8' });
    const peerAuc = Number(peer.match(/AUC (\d\.\d+)/)[1]).toFixed(4);
    const peerMs = Number(peer.match(/total\s+([\d.]+) ms/)[1]);

    const { context, page } = await newPage();
    await openCalc(page, 'threshold');
    await ownScores(page);
    const times = [];
    let sawProgress = false;
    for (let run = 0; run < 3; run++) {
      await page.fill('[data-testid=scores-text]', '0.1,0\n0.9,1\n');
      await page.waitForFunction(() => document.querySelector('[data-testid=roc-auc]')?.textContent === '1.0000');
      await page.evaluate((expected) => {
        window.__timing = new Promise((resolve) => {
          const input = document.querySelector('[data-testid=scores-file]');
          let t0 = null;
          let progress = false;
          input.addEventListener('change', () => (t0 = performance.now()), { capture: true, once: true });
          const check = () => {
            if (document.querySelector('[data-testid=scores-progress]')) progress = true;
            const auc = document.querySelector('[data-testid=roc-auc]')?.textContent;
            const kind = document.querySelector('[data-testid=figures-kind]')?.textContent ?? '';
            if (t0 !== null && auc === expected && /1,000,000 rows/.test(kind)) {
              observer.disconnect();
              resolve({ ms: performance.now() - t0, progress });
            }
          };
          const observer = new MutationObserver(check);
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
        });
      }, peerAuc);
      await page.setInputFiles('[data-testid=scores-file]', file);
      const result = await page.evaluate(() => window.__timing);
      times.push(result.ms);
      sawProgress ||= result.progress;
    }
    assert.ok(sawProgress, 'progress is shown while the file loads');
    await expectText(byTestId(page, 'roc-auc'), peerAuc);
    // The threshold still moves at once.
    await page.fill('[data-testid=threshold-input]', '0.5');
    await page.waitForFunction(() => document.querySelector('[data-testid=threshold-input]').value === '0.5');
    await expectMatrix(page, (m) => assert.equal(m.tp + m.fp + m.tn + m.fn, 1_000_000));
    times.sort((x, y) => x - y);
    const median = times[1];
    const runs = times.map((t) => t.toFixed(0)).join(', ');
    console.log(`# 1,000,000 rows in the browser (file chosen to AUC shown): median of 3 ${median.toFixed(0)} ms (${runs})`);
    console.log(`# pandas read_csv + scikit-learn curves, AUC, AP (median of 5): ${peerMs.toFixed(0)} ms`);
    console.log(`# ratio browser / peer: ${(median / peerMs).toFixed(2)}`);
    await context.close();
  });
});

describe('A/B test planner', () => {
  test('the reference cases give exactly n per variant; invalid input says what to fix', async () => {
    const cases = JSON.parse(readFileSync(join(VECTORS, 'ab_sample_size.json'), 'utf8')).cases;
    const { context, page } = await newPage();
    await openCalc(page, 'abtest');
    await page.check('[data-testid=ab-absolute]');
    for (const c of cases) {
      await page.fill('#ab-baseline', String(+(c.baseline * 100).toFixed(6)));
      await page.fill('#ab-mde', String(+(c.mde_absolute * 100).toFixed(6)));
      await page.fill('#ab-alpha', String(c.alpha));
      await page.fill('#ab-power', String(c.power));
      await page.waitForFunction(
        (n) => document.querySelector('[data-testid=ab-sample-size]')?.getAttribute('value') === String(n),
        c.n_per_variant,
      );
    }
    await expectText(byTestId(page, 'ab-duration'), /days|week|month|year/);
    await page.fill('#ab-baseline', '150');
    await page.waitForSelector('[data-testid=ab-error]');
    await expectText(byTestId(page, 'ab-error'), /baseline conversion rate must be/);
    await page.fill('#ab-baseline', '');
    await page.waitForFunction(() => /Enter the baseline/.test(document.querySelector('[data-testid=ab-error]')?.textContent));
    await context.close();
  });

  test('Korean: the test runs whole weeks', async () => {
    const { context, page } = await newPage({ locale: 'ko-KR' });
    await openCalc(page, 'abtest');
    await page.fill('#ab-traffic', '300');
    await page.waitForFunction(() => /실험 기간은 \d+주/.test(document.querySelector('[data-testid=ab-duration]')?.textContent));
    await context.close();
  });

  test('named formulas, the power under the others, whole weeks and the effect the traffic detects', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'abtest');
    // The lecture case: 10 %, +2 points, α 0.05, power 0.8, 2,000 a day.
    await expectAttribute(byTestId(page, 'ab-sample-size'), 'value', '3623');
    await expectText(byTestId(page, 'ab-users'), /Evan Miller's formula/);
    await expectText(byTestId(page, 'ab-duration'), /^Run it for 1 week: the traffic needs 4 days/);
    await expectText(byTestId(page, 'ab-power-others'), /pooled two-proportion z-test\s*77\.7 %/);
    await page.selectOption('[data-testid=ab-formula]', 'pooled');
    await expectAttribute(byTestId(page, 'ab-sample-size'), 'value', '3841');
    await expectText(byTestId(page, 'ab-users'), /the pooled two-proportion z-test/);
    await expectText(byTestId(page, 'ab-power-others'), /Evan Miller's formula\s*8\d\.\d %/);
    await page.check('[data-testid=ab-continuity]');
    await expectAttribute(byTestId(page, 'ab-sample-size'), 'value', '3941');
    const stored = await expectStorage(page, (all) => Object.values(storedPlans(all))[0]?.abtest?.continuity === true, 'the formula is saved');
    assert.equal(Object.values(storedPlans(stored))[0].abtest.formula, 'pooled');

    // Four weeks of 2,000 a day: 28,000 per variant.
    await expectText(byTestId(page, 'ab-mde-from-traffic'), /In 4 weeks your traffic brings 28,000 users to each variant: enough to detect a lift of 0\.\d+ points/);
    await page.fill('#ab-weeks', '2');
    await expectText(byTestId(page, 'ab-mde-from-traffic'), /In 2 weeks your traffic brings 14,000 users/);

    // Long and absurd tests.
    await page.fill('#ab-traffic', '100');
    await expectText(byTestId(page, 'ab-duration'), /Run it for 12 weeks/);
    await expectText(byTestId(page, 'ab-long'), /12 weeks is long/);
    await page.fill('#ab-mde', '0.01');
    await expectText(byTestId(page, 'ab-too-small'), /too small to detect with this traffic\. The smallest effect it detects in 2 weeks is \d+(\.\d+)? points/);
    await expectCount(byTestId(page, 'ab-sample-size'), 0, 'no absurd size');
    await context.close();
  });

  test('several variants share α by Bonferroni or Šidák; a one-sided test', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'abtest');
    await expectCount(byTestId(page, 'ab-correction'), 0, 'no correction with two variants');
    await page.fill('#ab-variants', '3');
    await expectText(byTestId(page, 'ab-users'), /Each of the 3 variants needs [\d,]+ users/);
    await expectText(byTestId(page, 'ab-level'), /2 variants are each compared with the control, so α is shared out by Bonferroni: each comparison is tested two-sided at 0\.025/);
    // Bonferroni at 0.025 for 10 % and +2 points: Evan Miller's size at that level.
    const bonferroni = Number(await byTestId(page, 'ab-sample-size').getAttribute('value'));
    await page.selectOption('[data-testid=ab-correction]', 'sidak');
    await expectText(byTestId(page, 'ab-level'), /Šidák: each comparison is tested two-sided at 0\.0253/);
    await expectEventually(async () => Number(await byTestId(page, 'ab-sample-size').getAttribute('value')), (n) => assert.ok(n < bonferroni, `${n} < ${bonferroni}`));
    await page.fill('#ab-variants', '2');
    await page.check('[data-testid=ab-one-sided]');
    await expectText(byTestId(page, 'ab-level'), /One-sided at 0\.05/);
    // One-sided at 0.05 needs the two-sided size at 0.1: 2,863 for the lecture case (SciPy).
    await expectAttribute(byTestId(page, 'ab-sample-size'), 'value', '2863');
    const stored = await expectStorage(page, (all) => Object.values(storedPlans(all))[0]?.abtest?.one_sided === true, 'saved');
    assert.equal(Object.values(storedPlans(stored))[0].abtest.correction, 'sidak');
    await context.close();
  });

  test('before the test: no peeking, a guardrail saved in the plan, the business metric from the metrics step', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'abtest');
    await expectText(byTestId(page, 'ab-peeking'), /read the result once, at the end/);
    await expectText(byTestId(page, 'ab-business-ties'), /ties no model metric to a business metric yet/);
    await page.fill('[data-testid=ab-guardrail]', 'Refund rate');
    await expectStorage(page, (all) => Object.values(storedPlans(all))[0]?.abtest?.guardrail === 'Refund rate', 'the guardrail is saved');
    // The example plan's ties are listed, and the link leads to the metrics step.
    await openApp(page, env.origin);
    await page.click('[data-testid=example-item][data-example=fraud] [data-testid=open-example]');
    await page.waitForFunction(() => /^#\/p\//.test(location.hash));
    await goTo(page, 'abtest');
    await expectText(byTestId(page, 'ab-business-ties'), /should move the business metric/);
    await page.click('[data-testid=ab-guidance] a');
    await page.waitForFunction(() => location.hash.endsWith('/metrics'));
    await context.close();
  });

  test('the sample-ratio check: two arms to start, more on request, a plain verdict', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'abtest');
    const counts = page.locator('[data-testid=srm-check] [data-testid=srm-count]');
    const shares = page.locator('[data-testid=srm-check] [data-testid=srm-share]');
    await expectCount(counts, 2);
    await expectValue(shares.first(), '0.5');
    await expectText(byTestId(page, 'srm-problem'), /Enter the users counted in arm 1/);
    await counts.nth(0).fill('5000');
    await counts.nth(1).fill('5200');
    await expectAttribute(byTestId(page, 'srm-result'), 'data-mismatch', 'false');
    await expectText(byTestId(page, 'srm-result'), /No sign of a mismatch \(p = 0\.0477\)/);
    await counts.nth(1).fill('5600');
    await expectAttribute(byTestId(page, 'srm-result'), 'data-mismatch', 'true');
    await expectText(byTestId(page, 'srm-result'), /cannot be trusted/);
    // Percentages work as well as fractions.
    await shares.nth(0).fill('90');
    await shares.nth(1).fill('10');
    await counts.nth(0).fill('9000');
    await counts.nth(1).fill('1000');
    await expectAttribute(byTestId(page, 'srm-result'), 'data-mismatch', 'false');
    await shares.nth(1).fill('20');
    await expectText(byTestId(page, 'srm-problem'), /add up to 110/);
    await page.click('[data-testid=srm-add-arm]');
    await expectCount(counts, 3);
    await expectText(byTestId(page, 'srm-problem'), /Enter the users counted in arm 3/);
    await context.close();
  });
});

describe('speed versus accuracy', () => {
  test('the lecture example recommends the accurate model; a tighter budget flips it', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'tradeoff');
    await expectText(byTestId(page, 'tradeoff-recommendation'), /Accurate model/);
    await page.fill('#trd-monthly', '1000');
    await page.waitForFunction(() =>
      /Fast model/.test(document.querySelector('[data-testid=tradeoff-recommendation]').textContent),
    );
    await expectCount(page.locator('[data-testid=tradeoff-chart-svg] .mark.crossed'), 1);
    await context.close();
  });
});

describe('currency', () => {
  test('one currency for the plan, chosen beside the costs and shown by every cost', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'threshold');
    await page.fill('#thr-cost-fp', '5');
    await page.fill('#thr-cost-fn', '50');
    await expectText(byTestId(page, 'metric-cost'), /^\d/, 'no currency: a plain number');
    await page.selectOption('#thr-currency', 'krw');
    await expectStorage(page, (all) => Object.values(storedPlans(all))[0]?.currency === 'krw', 'the currency is in the plan');
    await expectText(byTestId(page, 'metric-cost'), /^₩\d[\d,]*$/, 'won, without decimals');
    await expectText(page.locator('#thr-cost-fp ~ .unit'), '₩');

    await goTo(page, 'tradeoff');
    await expectValue(page.locator('#trd-currency'), 'krw', 'one currency for the whole plan');
    await expectText(page.locator('[data-testid=tradeoff-row] td').nth(1), /^₩/);
    await page.selectOption('#trd-currency', 'usd');
    await expectText(page.locator('[data-testid=tradeoff-row] td').nth(1), /^\$[\d,]+(\.\d\d)?$/, 'dollars, to the cent');
    await expectText(byTestId(page, 'tradeoff-recommendation'), /\$[\d,]+(\.\d\d)? a month/);
    await page.selectOption('#trd-currency', 'none');
    await expectStorage(page, (all) => Object.values(storedPlans(all))[0]?.currency === undefined || Object.values(storedPlans(all))[0]?.currency === null, 'no currency again');
    await expectText(page.locator('[data-testid=tradeoff-row] td').nth(1), /^\d/);
    await context.close();
  });
});

describe('objective blend', () => {
  test('moving w re-ranks and shows what moved', async () => {
    const { context, page } = await newPage();
    await openCalc(page, 'blend');
    const order = () => page.locator('[data-testid=blend-item] .blend-title').allTextContents();
    const before = await expectEventually(order, (titles) => assert.ok(titles.length > 1, 'the ranking is shown'));
    await page.fill('[data-testid=blend-weight-number]', '1');
    await page.waitForFunction(() => /↑/.test(document.querySelector('[data-testid=blend-ranking]').textContent));
    await expectEventually(order, (afterMove) => assert.notDeepEqual(afterMove, before));
    await expectText(byTestId(page, 'blend-ranking'), /from \d to \d/);
    await context.close();
  });

  test('four objectives: a weight each, the fix when they do not sum to 1, and the items saved with the plan', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    const objectives = ['Safe', 'Trusted', 'Quality', 'Engagement'].map((name) => ({ name, weight: 0.4 }));
    objectives[3].weight = 0;
    await seedPlans(page, [{ schema: 2, id: 'four', title: 'Four objectives', created_ms: 1, updated_ms: 1, goals: { objectives, strategy: 'separate_models' } }]);
    await page.goto(`${env.origin}/#/p/four/calc/blend`);
    await expectCount(page.locator('[data-testid=blend-objective]'), 4);
    await expectText(byTestId(page, 'blend-sum'), /add up to 1\.2, not 1/);
    await page.click('[data-testid=blend-normalise]');
    const weights = (all) => storedPlans(all).four?.goals?.objectives?.map((o) => o.weight);
    await expectStorage(page, (all) => JSON.stringify(weights(all)) === '[0.333333333,0.333333333,0.333333333,0]', 'the weights are thirds');
    await expectCount(byTestId(page, 'blend-sum'), 0, 'no sum message once they add up to 1');

    // Moving one weight scales the others, so they still add up to 1.
    await page.fill('[data-testid=blend-weight-number]', '0.7');
    await expectStorage(page, (all) => JSON.stringify(weights(all)) === '[0.7,0.15,0.15,0]', 'the others share the rest in their proportions');
    await expectValue(page.locator('[data-testid=blend-objective][data-index="1"] input[type=number]'), '0.15');

    // The items: edited, added and removed, each change kept in the plan.
    await page.click('.calc-blend details summary');
    const scores = page.locator('.calc-blend tbody tr:first-child input[type=number]');
    await expectCount(scores, 4, 'one score per objective');
    await scores.first().fill('0');
    await expectStorage(page, (all) => storedPlans(all).four?.goals?.blend_items?.[0]?.scores?.[0] === 0, 'the edited score is saved');
    await page.click('[data-testid=blend-add-item]');
    await expectStorage(page, (all) => storedPlans(all).four?.goals?.blend_items?.length === 7, 'the added item is saved');
    await page.locator('[data-testid=blend-remove-item]').first().click();
    const items = await expectStorage(page, (all) => storedPlans(all).four?.goals?.blend_items?.length === 6, 'the removed item is gone');
    assert.ok(storedPlans(items).four.goals.blend_items.every((i) => i.scores.length === 4));
    await expectCount(page.locator('[data-testid=blend-item]'), 6);
    await context.close();
  });

  test("the feed example blends its four objectives over its own items", async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    await page.click('[data-testid=example-item][data-example=feed] [data-testid=open-example]');
    await page.waitForFunction(() => /^#\/p\//.test(location.hash));
    const plan = new URL(page.url()).hash.split('/')[2];
    await page.goto(`${env.origin}/#/p/${plan}/calc/blend`);
    await expectCount(page.locator('[data-testid=blend-objective]'), 4);
    await expectCount(byTestId(page, 'blend-sum'), 0, 'the weights of the example add up to 1');
    await expectText(page.locator('[data-testid=blend-item]').first(), /beach clean-up/);
    await expectText(byTestId(page, 'blend-saved'), /4 objectives/);
    await context.close();
  });
});

describe('calculators: accessibility and narrow screens', () => {
  for (const locale of ['en-US', 'ko-KR']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`${locale}, ${colorScheme}: no axe violations, nothing overflows at 360 px`, async () => {
        const { context, page } = await newPage({ locale, colorScheme, bypassCSP: true, viewport: { width: 360, height: 740 } });
        await openCalc(page, 'threshold');
        for (const tool of ['threshold', 'tradeoff', 'blend', 'abtest', 'errors', 'drift']) {
          await goTo(page, tool);
          if (tool === 'errors') {
            await page.fill('[data-testid=errors-text]', 'city,fare_actual,fare_pred\nSeoul,12000,11000\nBusan,8300,90000000\nSeoul,15400,15000\n');
            // Every column is named (city is taken as the group), so the file is read at once.
            await page.waitForSelector('[data-testid=errors-groups]');
            await page.waitForSelector('[data-testid=errors-chart]');
          }
          if (tool === 'drift') {
            await page.fill('[data-testid=drift-ref-text]', 'score\n0.1\n0.4\n0.35\n0.8\n');
            await page.fill('[data-testid=drift-cur-text]', 'score\n0.2\n0.5\n0.45\n0.9\n');
            await page.waitForSelector('[data-testid=drift-chart]');
          }
          if (tool === 'threshold') {
            assert.deepEqual(await axeViolations(page), [], `${tool} (teaching model)`);
            await ownScores(page);
            await page.fill('[data-testid=scores-text]', '0.1,0\n0.4,1\n0.35,0\n0.8,1\n');
            await page.waitForSelector('[data-testid=roc-chart]');
          }
          assert.deepEqual(await axeViolations(page), [], tool);
          // Measured inside the page's article: the step navigation strip is the shell's, not ours.
          // A wide table scrolls inside its own focusable box, which must itself fit.
          const overflow = await page.evaluate(() =>
            Math.max(
              0,
              ...[...document.querySelectorAll('article.step *')]
                .filter((e) => !e.parentElement.closest('.table-wrap, .table-scroll'))
                .map((e) => e.getBoundingClientRect().right - innerWidth),
            ),
          );
          assert.ok(overflow <= 0, `${tool}: ${overflow}px wider than the screen`);
          const pageOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(pageOverflow <= 0, `${tool}: the page scrolls sideways by ${pageOverflow}px`);
        }
        await context.close();
      });
    }
  }
});

describe('calculators from the start page', () => {
  const TOOLS = { threshold: 'threshold-calculator', tradeoff: 'tradeoff-calculator', abtest: 'abtest-calculator', blend: 'blend-calculator', errors: 'errors-calculator', drift: 'drift-calculator' };

  test('each opens without a plan, stores nothing, and saves into a new plan on request', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin);
    for (const [tool, calculator] of Object.entries(TOOLS)) {
      await page.click(`[data-testid=start-calc-${tool}]`);
      await page.waitForSelector(`[data-testid=${calculator}]`);
      assert.equal(new URL(page.url()).hash, `#/calc/${tool}`);
      await expectText(page.locator('#page-heading'), /\S/);
      await expectText(byTestId(page, 'scratch-note'), /Nothing here is stored/);
      await page.click('[data-testid=calc-back]');
      await page.waitForSelector(`[data-testid=start-calc-${tool}]`);
    }

    await page.click('[data-testid=start-calc-threshold]');
    await page.fill('[data-testid=threshold-input]', '0.7');
    await expectText(byTestId(page, 'threshold-sentence'), /^At 0\.7/);
    await flushSaves(page);
    assert.deepEqual(storedPlans(await storageEntries(page)), {}, 'a scratch calculation stores nothing');
    // Another calculator and back: the number typed is still there, in this tab.
    await page.click('[data-testid=calc-back]');
    await page.click('[data-testid=start-calc-abtest]');
    await page.waitForSelector('[data-testid=abtest-calculator]');
    await page.click('[data-testid=calc-back]');
    await page.click('[data-testid=start-calc-threshold]');
    await expectValue(byTestId(page, 'threshold-input'), '0.7');

    await page.selectOption('[data-testid=scratch-target]', '');
    await page.click('[data-testid=scratch-save]');
    await page.waitForFunction(() => /^#\/p\/[^/]+\/calc\/threshold$/.test(location.hash));
    const id = new URL(page.url()).hash.split('/')[2];
    const saved = await expectStorage(page, (all) => storedPlans(all)[id]?.threshold?.threshold === 0.7, 'the threshold is in the new plan');
    assert.equal(Object.keys(storedPlans(saved)).length, 1, 'one plan, the new one');
    await expectValue(byTestId(page, 'threshold-input'), '0.7');
    await context.close();
  });

  test('the blend goes into a plan with two objectives, and says why not into one with three', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin, '/#/calc/blend');
    await seedPlans(page, [
      { schema: 1, id: 'three', title: 'Three objectives', created_ms: 1, updated_ms: 1, goals: { objectives: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] } },
      { schema: 1, id: 'two', title: 'Two objectives', created_ms: 1, updated_ms: 1, goals: { objectives: [{ name: 'Safety' }, { name: 'Speed' }] } },
    ]);
    await page.reload();
    await page.waitForSelector('[data-testid=blend-calculator]');
    await page.fill('[data-testid=blend-weight-number]', '0.8');
    await page.waitForSelector('[data-testid=scratch-target] option[value=three]', { state: 'attached' });
    await page.selectOption('[data-testid=scratch-target]', 'three');
    await page.click('[data-testid=scratch-save]');
    await expectText(byTestId(page, 'scratch-save-problem'), /3 objectives.*this blend weighs 2/);
    assert.equal(new URL(page.url()).hash, '#/calc/blend', 'the page stays');
    assert.equal(storedPlans(await storageEntries(page)).three.goals.objectives[0].weight, undefined, 'nothing changed');

    await page.selectOption('[data-testid=scratch-target]', 'two');
    await page.click('[data-testid=scratch-save]');
    await page.waitForFunction(() => location.hash === '#/p/two/calc/blend');
    const stored = await expectStorage(page, (all) => storedPlans(all).two?.goals?.objectives?.[0]?.weight === 0.8, 'the weight is saved');
    const goals = storedPlans(stored).two.goals;
    assert.deepEqual(goals.objectives.map((o) => [o.name, o.weight]), [['Safety', 0.8], ['Speed', 0.2]]);
    await context.close();
  });

  test('an unknown calculator in the address leads to the start page', async () => {
    const { context, page } = await newPage();
    await openApp(page, env.origin, '/#/calc/nothing');
    await page.waitForSelector('[data-testid=start-calc-threshold]');
    await context.close();
  });
});

test('chart axes step by 1, 2 or 5 times a power of ten, and no two labels read the same', async () => {
  const { context, page } = await newPage();
  for (const tool of ['tradeoff', 'threshold']) {
    await openApp(page, env.origin, `/#/calc/${tool}`);
    await page.waitForSelector('svg text.tick');
    const axes = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].filter((svg) => svg.querySelector('text.tick')).flatMap((svg) =>
        ['middle', 'end'].map((anchor) =>
          [...svg.querySelectorAll(`text.tick[text-anchor=${anchor}]`)].map((t) => t.textContent.replaceAll(',', '')),
        ),
      ),
    );
    assert.ok(axes.length >= 2, `${tool}: charts with ticks`);
    for (const labels of axes) {
      assert.equal(new Set(labels).size, labels.length, `${tool}: distinct labels ${labels}`);
      const values = labels.map(Number);
      const steps = values.slice(1).map((v, i) => v - values[i]);
      const step = Number(steps[0].toPrecision(10));
      assert.ok(steps.every((s) => Math.abs(s - step) < step * 1e-6), `${tool}: even steps ${labels}`);
      const mantissa = step / 10 ** Math.floor(Math.log10(step));
      assert.ok([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-6), `${tool}: a nice step ${step} (${labels})`);
    }
  }
  await context.close();
});
