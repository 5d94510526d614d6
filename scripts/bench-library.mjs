// The start page's time to show its plan list with 1 stored plan and with 300 plans of realistic
// size (the worked examples, renamed), on the release build in headless Chromium. Each figure is
// the median of `runs` page loads: from the navigation's start to the first plan on screen.
// Usage: node scripts/bench-library.mjs [dist] [runs]   (after `trunk build --release`)
import { setup } from '../e2e/harness.mjs';
import { realisticPlans, seedPlans } from '../e2e/plans.mjs';

const runs = Number(process.argv[3] ?? 7);

/** Records, in the page, when the first plan of the list is in the document. */
function watchForFirstPlan() {
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid=plan-item]')) {
      window.firstPlanMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function timeToList(env, count) {
  const context = await env.context();
  const page = await context.newPage();
  await page.goto(env.origin + '/');
  await page.waitForSelector('.app-header');
  await seedPlans(page, realisticPlans(count));
  await page.addInitScript(watchForFirstPlan);
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    await page.reload();
    await page.waitForFunction(() => window.firstPlanMs !== undefined);
    times.push(await page.evaluate(() => window.firstPlanMs));
  }
  await context.close();
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const env = await setup();
try {
  // One warm-up load, so that neither figure pays for the first compile of the modules.
  await timeToList(env, 1);
  const one = await timeToList(env, 1);
  const many = await timeToList(env, 300);
  console.log(`start page, first plan listed (median of ${runs} loads):`);
  console.log(`  1 plan:    ${one.toFixed(0)} ms`);
  console.log(`  300 plans: ${many.toFixed(0)} ms`);
  console.log(`  ratio:     ${(many / one).toFixed(2)} (budget 1.30)`);
} finally {
  await env.close();
}
