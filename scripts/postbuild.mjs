// Trunk post-build hook, run in Trunk's staging directory:
// 1. builds the app's WebAssembly into it (scripts/wasm.mjs: split into a main module and chunks
//    in a release build) and has the page start it from a file of its own, so the page runs under
//    a Content-Security-Policy that allows only the app's own files;
// 2. takes the plan pages' style sheets out of the page's head: they load with the chunks (the
//    start script loads them for the app, `ui::browser::page_styles`), so the start page neither
//    downloads nor waits for them;
// 3. writes sw.js, the offline service worker, whose cache list is every file of this build
//    (hashed names) and whose cache name changes whenever any file does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildWasm } from './wasm.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this as a Trunk hook');
  process.exit(1);
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

/** The style sheets (from `style/`) that only chunk views use (the start page's plan list and
 * trash among them); `main.css` styles everything else. */
const PAGE_STYLES = ['steps', 'calc', 'canvas', 'report', 'share', 'library'];

/**
 * Moves the plan pages' style sheets from the page's head into a list the start script reads
 * (`<meta name="mlplan-page-styles">`; the single-file build inlines them from the same list).
 * They load together, so they are joined into one file, in their order in the head: one request
 * and one style update cost the page less than five.
 */
function deferPageStyles(html) {
  const files = [];
  const rest = html.replace(/\n\s*<link rel="stylesheet" href="\.\/((\w+)-[0-9a-f]+\.css)"[^>]*>/g, (tag, file, name) => {
    if (!PAGE_STYLES.includes(name)) return tag;
    files.push(file);
    return '';
  });
  if (files.length !== PAGE_STYLES.length) throw new Error(`postbuild: found ${files.join(', ')} of the page styles ${PAGE_STYLES.join(', ')}`);
  const css = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  const joined = `pages-${sha(css).slice(0, 16)}.css`;
  writeFileSync(join(dir, joined), css);
  for (const file of files) rmSync(join(dir, file));
  return rest.replace('</head>', `  <meta name="mlplan-page-styles" content="${joined}">\n  </head>`);
}

// Loads the plan pages' style sheets once, when the app asks: before it shows a chunk's view,
// which is after the first paint, so that the sheets do not hold up the main module either.
const pageStylesLoader = `const pageStyles = document.querySelector('meta[name="mlplan-page-styles"]')?.content.split(' ') ?? [];
let loadingStyles;
globalThis.mlplanPageStyles = () => (loadingStyles ??= Promise.all(pageStyles.map((file) => new Promise((resolve) => {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('./' + file, import.meta.url).href });
  link.onload = link.onerror = resolve;
  document.head.append(link);
}))));
`;

// The page preloads the glue and the main wasm while the styles load, then starts the app.
function startApp() {
  const { glue, main, toolPage } = buildWasm(dir, process.env.TRUNK_PROFILE === 'release');
  // Opened on a tool page (`#/p/<id>/calc/…`, `review`, `report`), the app shows nothing of the
  // page until its chunks are there: fetch them alongside the main module instead of after it
  // has started (the chunk loader's fetch takes them up). A step page is not preloaded: its
  // frame, title and heading are in the main module and paint first, and its chunks load after
  // that paint, so they do not share the network with the main module.
  const preload = `if (location.hash.startsWith('#/p/') && ['calc', 'review', 'report'].includes(location.hash.split('/')[3])) {
  for (const file of ${JSON.stringify(toolPage)}) {
    const link = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: '' });
    link.href = new URL('./' + file, import.meta.url).href;
    document.head.append(link);
  }
}
`;
  const start = `import init from './${glue}';\n${pageStylesLoader}${toolPage.length ? preload : ''}await init({ module_or_path: new URL('./${main}', import.meta.url) });\n`;
  const name = `start-${sha(start).slice(0, 16)}.js`;
  writeFileSync(join(dir, name), start);
  const tags = [
    `<link rel="modulepreload" href="./${glue}">`,
    `<link rel="preload" href="./${main}" as="fetch" type="application/wasm" crossorigin="">`,
    `<script type="module" src="./${name}"></script>`,
  ].join('\n    ');
  const indexPath = join(dir, 'index.html');
  const html = deferPageStyles(readFileSync(indexPath, 'utf8'));
  writeFileSync(indexPath, html.replace('</head>', `    ${tags}\n  </head>`));
  console.log(`postbuild: the page starts ${glue} with ${main}`);
}

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const path = join(d, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function writeServiceWorker() {
  const assets = files(dir)
    .map((p) => relative(dir, p).split('\\').join('/'))
    .filter((p) => p !== 'sw.js' && p !== 'index.html')
    .sort();
  const version = sha(assets.map((p) => p + sha(readFileSync(join(dir, p)))).join('\n') + sha(readFileSync(join(dir, 'index.html'))));
  const template = readFileSync(new URL('./sw-template.js', import.meta.url), 'utf8');
  const worker = template
    .replace('__CACHE_NAME__', `mlplan-${version.slice(0, 16)}`)
    .replace('__ASSETS__', JSON.stringify(['./', ...assets.map((p) => './' + p)]));
  writeFileSync(join(dir, 'sw.js'), worker);
  console.log(`postbuild: sw.js caches ${assets.length + 1} files`);
}

startApp();
writeServiceWorker();
