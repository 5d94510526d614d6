// Takes screenshots of the release build for a person to look at (not a test):
// node e2e/screenshot.mjs <out-dir> [width] [fragment-after-creating-a-plan]
import { EMPTY_LIBRARY, openApp, setup } from './harness.mjs';

/** A plan page is drawn: its route, its heading, and no "Loading this page…" left in it. */
async function planPageDrawn(page, route) {
  await page.waitForFunction((r) => location.hash.endsWith('/' + r), route);
  await page.waitForSelector('#page-heading');
  await page.waitForSelector('main p.hint[role=status]', { state: 'detached' });
}

const [outDir = '/tmp', width = '1280', path = ''] = process.argv.slice(2);
const env = await setup();
for (const locale of ['en-US', 'ko-KR']) {
  const context = await env.context({ locale, viewport: { width: Number(width), height: 900 } });
  const page = await context.newPage();
  await openApp(page, env.origin);
  await page.waitForSelector(EMPTY_LIBRARY);
  await page.screenshot({ path: `${outDir}/home-${locale}-${width}.png`, fullPage: true });
  await page.click('[data-testid=new-plan]');
  await page.fill('[data-testid=plan-title]', locale === 'ko-KR' ? '배송 지연 예측' : 'Late delivery prediction');
  if (path) await page.evaluate((p) => (location.hash = location.hash.replace(/\/[^/]+$/, '/' + p)), path);
  await planPageDrawn(page, path || 'problem');
  await page.screenshot({ path: `${outDir}/plan-${locale}-${width}.png`, fullPage: true });
  await context.close();
}
await env.close();
