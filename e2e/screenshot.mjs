// Takes screenshots of the release build for a person to look at (not a test):
// node e2e/screenshot.mjs <out-dir> [width] [fragment-after-creating-a-plan]
import { openApp, setup } from './harness.mjs';

const [outDir = '/tmp', width = '1280', path = ''] = process.argv.slice(2);
const env = await setup();
for (const locale of ['en-US', 'ko-KR']) {
  const context = await env.context({ locale, viewport: { width: Number(width), height: 900 } });
  const page = await context.newPage();
  await openApp(page, env.origin);
  await page.screenshot({ path: `${outDir}/home-${locale}-${width}.png`, fullPage: true });
  await page.click('[data-testid=new-plan]');
  await page.fill('[data-testid=plan-title]', locale === 'ko-KR' ? '배송 지연 예측' : 'Late delivery prediction');
  if (path) await page.evaluate((p) => (location.hash = location.hash.replace(/\/[^/]+$/, '/' + p)), path);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${outDir}/plan-${locale}-${width}.png`, fullPage: true });
  await context.close();
}
await env.close();
