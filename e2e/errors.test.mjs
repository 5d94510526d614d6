// End-to-end tests of the calculators on a person's own files, the regression errors and the drift
// check, on the release build in Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  axeViolations,
  createPlan,
  expectAttribute,
  expectCount,
  expectStorage,
  expectText,
  expectValue,
  openApp,
  setup,
  storedPlans,
  tempDir,
} from './harness.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const VECTORS = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/vectors/errors_drift.json'), 'utf8'));

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const byTestId = (page, id) => page.locator(`[data-testid=${id}]`);

/** A new plan, on one of its calculators' pages. */
async function openTool(tool, options) {
  const context = await env.context(options);
  const page = await context.newPage();
  await openApp(page, env.origin);
  await createPlan(page, 'Fares');
  await page.evaluate((t) => (location.hash = location.hash.replace(/^(#\/p\/[^/]+)\/.*$/, `$1/calc/${t}`)), tool);
  await page.waitForSelector(`[data-testid=${tool}-calculator]`);
  return { context, page };
}

/** The figure's exact value, as the page gives it in its `data` element. */
const figure = async (page, id) => Number(await byTestId(page, id).getAttribute('data-value'));

function close(actual, expected, relative, message) {
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${message}: ${actual} against ${expected}`);
}

describe('regression-error calculator', () => {
  test('pasted actual,predicted rows give scikit-learn’s figures, the worst rows by line, and the share within', async () => {
    const { context, page } = await openTool('errors', { bypassCSP: true });
    await expectText(byTestId(page, 'errors-empty'), /Open or paste a file/);
    const reference = VECTORS.regression.find((c) => c.name === 'fares, odd');
    const rows = reference.actual.map((a, i) => `${a},${reference.predicted[i]}`).join('\n');
    await page.fill('[data-testid=errors-text]', `actual,predicted\n${rows}\n`);
    await page.waitForSelector('[data-testid=errors-figures]');
    await expectText(byTestId(page, 'errors-rows'), '301 predictions from the pasted rows.');
    for (const [id, key] of [['reg-rmse', 'rmse'], ['reg-mae', 'mae'], ['reg-mape', 'mape'], ['reg-r2', 'r2'], ['reg-median-ae', 'median_ae'], ['reg-max-error', 'max_error']]) {
      close(await figure(page, id), reference[key], 1e-9, id);
    }
    // The worst row is named by its line in the pasted text (the header is line 1).
    const errors = reference.actual.map((a, i) => Math.abs(reference.predicted[i] - a));
    const worst = errors.indexOf(Math.max(...errors));
    await expectText(byTestId(page, 'reg-worst').locator('tbody tr:first-child th'), String(worst + 2));
    await expectCount(byTestId(page, 'reg-worst-row'), 10);
    const within = reference.actual.filter((a, i) => Math.abs(reference.predicted[i] - a) <= 0.1 * Math.abs(a)).length / 301;
    close(Number(await byTestId(page, 'errors-within').locator('data').getAttribute('value')), within, 1e-12, 'within 10 %');
    await expectText(byTestId(page, 'errors-within'), /of the predictions are within 10 % of the actual value/);

    // An amount instead: saved in the plan, with the figures for the report.
    await page.selectOption('[data-testid=errors-tolerance-kind]', 'absolute');
    await page.fill('[data-testid=errors-tolerance]', '2000');
    await expectText(byTestId(page, 'errors-within'), /within 2,000 of the actual value/);
    const stored = await expectStorage(page, (all) => Object.values(storedPlans(all))[0]?.errors?.tolerance === 2000, 'the tolerance is saved');
    const saved = Object.values(storedPlans(stored))[0].errors;
    assert.equal(saved.tolerance_absolute, true);
    assert.equal(saved.result.rows, 301);
    close(saved.result.rmse, reference.rmse, 1e-9, 'saved RMSE');

    // After a reload the rows are gone but the saved figures are shown.
    await page.reload();
    await page.waitForSelector('[data-testid=errors-saved]');
    close(await figure(page, 'reg-rmse'), reference.rmse, 1e-9, 'saved RMSE on the page');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('a million rows are read in slices with progress and give the same figures', async () => {
    const { context, page } = await openTool('errors');
    const rows = ['actual,predicted'];
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let squared = 0;
    let largest = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const actual = Math.round(5000 + next() * 30000);
      const predicted = Math.round(actual * (0.85 + next() * 0.3));
      rows.push(`${actual},${predicted}`);
      squared += (actual - predicted) ** 2;
      largest = Math.max(largest, Math.abs(actual - predicted));
    }
    const file = join(tempDir(), 'million.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    await page.evaluate(() => {
      window.__sawProgress = new Promise((resolve) => {
        const seen = new MutationObserver(() => {
          if (document.querySelector('[data-testid=errors-progress]')) {
            seen.disconnect();
            resolve(true);
          }
        });
        seen.observe(document.body, { subtree: true, childList: true });
      });
    });
    await page.setInputFiles('[data-testid=errors-file]', file);
    assert.equal(await page.evaluate(() => window.__sawProgress), true, 'progress is shown while the file is read');
    await expectText(byTestId(page, 'errors-rows'), '1,000,000 predictions from million.csv.');
    close(await figure(page, 'reg-rmse'), Math.sqrt(squared / 1_000_000), 1e-9, 'RMSE');
    assert.equal(await figure(page, 'reg-max-error'), largest);
    await context.close();
  });

  test('a file with other columns asks which is which, reads groups, and keeps a catastrophe in view', async () => {
    const { context, page } = await openTool('errors', { bypassCSP: true });
    const file = join(tempDir(), 'fares.csv');
    writeFileSync(file, 'ride_id;city;fare_actual;fare_pred\n1;Seoul;12000;11500\n2;Busan;8300;100000000\n3;Seoul;15400;15000\n4;Jeju;9900;10400\n');
    await page.setInputFiles('[data-testid=errors-file]', file);
    await page.waitForSelector('[data-testid=column-map]');
    // The guesses by name: fare_actual, fare_pred and city.
    await expectAttribute(byTestId(page, 'map-actual').locator('option:checked'), 'value', '2');
    await expectAttribute(byTestId(page, 'map-predicted').locator('option:checked'), 'value', '3');
    await expectAttribute(byTestId(page, 'map-group').locator('option:checked'), 'value', '1');
    await page.click('[data-testid=column-map-apply]');
    await page.waitForSelector('[data-testid=errors-groups]');
    await expectText(byTestId(page, 'errors-rows'), '4 predictions from fares.csv.');
    await expectCount(byTestId(page, 'errors-groups').locator('tbody tr'), 3);
    await expectText(byTestId(page, 'reg-worst').locator('tbody tr:first-child th'), '3');
    assert.equal(await figure(page, 'reg-max-error'), 100000000 - 8300);
    // One huge error among small ones: the histogram is logarithmic, and says so.
    await expectText(byTestId(page, 'errors-chart'), /logarithmic scale/);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('bad rows are named by line; skipping them reads the rest and says how many', async () => {
    const { context, page } = await openTool('errors', { locale: 'ko-KR' });
    await page.fill('[data-testid=errors-text]', 'y_true,y_pred\n10,11\nNaN,3\n20,abc\n30,33\n');
    await expectText(byTestId(page, 'errors-error'), /3번째 줄: 실제 값이\(가\) NaN이거나 무한대입니다\./);
    await expectText(byTestId(page, 'errors-error'), /4번째 줄: 예측값이\(가\) 숫자가 아닙니다\./);
    await page.click('[data-testid=errors-skip-bad]');
    await page.waitForSelector('[data-testid=errors-figures]');
    await expectText(byTestId(page, 'errors-skipped'), /2개를 건너뛰었습니다\(3, 4번째 줄…\)/);
    await expectText(byTestId(page, 'errors-rows'), '붙여 넣은 행의 예측 2개.');
    assert.equal(await figure(page, 'reg-max-error'), 3);
    // Text that is not a table at all: a message, and the page keeps working.
    await page.fill('[data-testid=errors-text]', '<script>alert(1)</script>');
    await expectText(byTestId(page, 'errors-error'), /열이 1개뿐인데 2개가 필요합니다/);
    assert.equal(await page.locator('script:text("alert")').count(), 0);
    await context.close();
  });

  test('guards change the worst predictions at once and are written into the plan’s constraints', async () => {
    const { context, page } = await openTool('errors');
    await page.click('[data-testid=errors-money]');
    await page.selectOption('[data-testid=plan-currency]', 'krw');
    await page.fill(
      '[data-testid=errors-text]',
      'fare_actual,fare_pred,rule_fare\n12000,11500,11800\n8300,100000000,8000\n15400,15000,16000\n9900,-300,9500\n',
    );
    // Every column is named, the rule estimate too, so the file is read at once.
    await page.waitForSelector('[data-testid=errors-figures]');

    // A floor above the cap is refused with a reason.
    await page.fill('[data-testid=errors-guard-floor]', '500000');
    await page.fill('[data-testid=guard-max]', '300000');
    await expectText(byTestId(page, 'errors-guard-error'), /The floor is above the cap/);
    await page.fill('[data-testid=errors-guard-floor]', '4800');
    await expectText(byTestId(page, 'errors-guard-changed'), '2');
    await expectText(byTestId(page, 'errors-guard-max'), '₩291,700');
    // At most 1.3 × the rule estimate takes the catastrophe down to ₩10,400.
    await page.fill('[data-testid=errors-guard-rule]', '1.3');
    await expectText(byTestId(page, 'errors-guard-max'), '₩5,100');
    await expectAttribute(byTestId(page, 'guard-effect'), 'data-max-error-before', String(100000000 - 8300));
    await expectAttribute(byTestId(page, 'guard-effect'), 'data-max-error-after', '5100');
    await page.click('[data-testid=errors-guard-save]');
    await expectText(byTestId(page, 'errors-guard-saved'), /Written into the Constraints step/);
    const stored = await expectStorage(page, (all) => /1\.3 × the rule estimate/.test(Object.values(storedPlans(all))[0]?.constraints?.guards ?? ''), 'the guard is in the constraints');
    const plan = Object.values(storedPlans(stored))[0];
    assert.match(plan.constraints.guards, /^Predictions are kept between ₩4,800 and ₩300,000, and at most 1\.3 × the rule estimate\. On 4 validation predictions it changed 2/);
    assert.equal(plan.errors.guard_result.changed, 2);
    // Saving twice does not write it twice.
    await page.click('[data-testid=errors-guard-save]');
    await page.evaluate(() => (location.hash = location.hash.replace(/calc\/errors$/, 'constraints')));
    await expectValue(page.locator('#constraints-guards'), /rule estimate\. On 4/);
    assert.equal((await page.locator('#constraints-guards').inputValue()).match(/Predictions are kept/g).length, 1);

    // Without a rule column, the rule multiple says what is missing.
    await page.evaluate(() => (location.hash = location.hash.replace(/constraints$/, 'calc/errors')));
    await page.fill('[data-testid=errors-text]', 'actual,predicted\n10,12\n20,18\n');
    await expectText(byTestId(page, 'errors-guard-error'), /no column holds one/);
    await context.close();
  });
});

describe('drift check', () => {
  test('two pasted periods give SciPy’s KS statistic and p-value and the PSI; the trigger goes into the plan', async () => {
    const { context, page } = await openTool('drift', { bypassCSP: true });
    await expectText(byTestId(page, 'drift-waiting'), /both periods/);
    const c = VECTORS.drift.find((d) => d.name === 'wider');
    await page.fill('[data-testid=drift-ref-text]', `score\n${c.reference.join('\n')}\n`);
    await page.fill('[data-testid=drift-cur-text]', `score\n${c.current.join('\n')}\n`);
    await page.waitForSelector('[data-testid=drift-chart]');
    const ks = byTestId(page, 'drift-ks');
    assert.ok(Math.abs(Number(await ks.getAttribute('data-statistic')) - c.statistic) <= 1e-12, 'KS statistic');
    close(Number(await ks.getAttribute('data-p-value')), c.p_value, 1e-7, 'KS p-value');
    close(await figure(page, 'drift-psi'), c.psi, 1e-9, 'PSI');
    await expectText(byTestId(page, 'drift-rows'), '800 reference values against 700 current values.');
    await expectText(byTestId(page, 'drift-psi-reading'), /^PSI 0\.265: a shift to act on, by the usual rule of thumb/);
    await expectText(byTestId(page, 'drift-advice'), /above the retraining limit of 0\.25/);
    // A looser limit on the KS statistic instead.
    await page.selectOption('[data-testid=drift-measure]', 'ks');
    await expectValue(byTestId(page, 'drift-limit'), '0.1');
    await page.fill('[data-testid=drift-limit]', '0.2');
    await expectText(byTestId(page, 'drift-advice'), /The KS statistic is 0\.14, within the retraining limit of 0\.2/);
    await page.fill('#drift-measured', 'model scores');
    await page.click('[data-testid=drift-save]');
    await expectText(byTestId(page, 'drift-saved'), /Monitoring step/);
    const stored = await expectStorage(page, (all) => /KS statistic of model scores/.test(Object.values(storedPlans(all))[0]?.monitoring?.retrain_trigger ?? ''), 'the trigger is saved');
    const plan = Object.values(storedPlans(stored))[0];
    assert.equal(plan.monitoring.retrain_trigger, 'Retrain when the KS statistic of model scores between the reference period and the latest period goes above 0.2 (last measured: 0.14).');
    assert.equal(plan.drift.result.reference_rows, 800);
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test('a file of several columns asks which; bad rows are named, and skipped on request', async () => {
    const { context, page } = await openTool('drift', { locale: 'ko-KR' });
    const file = join(tempDir(), 'features.csv');
    writeFileSync(file, 'id,distance_km,hour\n1,3.2,8\n2,12.5,9\n3,n/a,9\n4,7.7,18\n');
    await page.fill('[data-testid=drift-ref-text]', '3.0\n4.1\n9.9\n11.0\n6.5\n');
    await page.setInputFiles('[data-testid=drift-file-current]', file);
    await page.waitForSelector('[data-testid=drift-cur-mapping]');
    await page.selectOption('[data-testid=drift-cur-map-value]', '1');
    await page.click('[data-testid=drift-cur-apply]');
    await expectText(byTestId(page, 'drift-cur-error'), /4번째 줄: 값이\(가\) 숫자가 아닙니다\./);
    await page.click('[data-testid=drift-cur-skip-bad]');
    await page.waitForSelector('[data-testid=drift-chart]');
    await expectText(byTestId(page, 'drift-rows'), '기준 기간의 값 5개와 현재 기간 (features.csv)의 값 3개를 비교합니다.');
    await context.close();
  });

  test('with labels in both periods, the model’s own figure is compared too', async () => {
    const { context, page } = await openTool('drift');
    await page.fill('[data-testid=drift-ref-text]', 'score,label\n0.1,0\n0.4,0\n0.35,1\n0.8,1\n');
    await page.fill('[data-testid=drift-cur-text]', 'score,is_fraud\n0.1,0\n0.4,1\n0.35,0\n0.8,1\n');
    await expectText(byTestId(page, 'drift-metric'), 'With the labels, ROC AUC went from 0.75 in the reference period to 1 in the current one.');
    // Without labels in the current period, there is nothing to compare.
    await page.fill('[data-testid=drift-cur-text]', 'score\n0.2\n0.5\n');
    await page.waitForSelector('[data-testid=drift-chart]');
    await expectCount(byTestId(page, 'drift-metric'), 0);
    await context.close();
  });
});
