// Trunk post-build hook, run in Trunk's staging directory:
// 1. moves every inline <script> of index.html into a hashed file of its own, so the page runs
//    under a Content-Security-Policy that allows only the app's own files;
// 2. writes sw.js, the offline service worker, whose cache list is every file of this build
//    (Trunk's hashed names) and whose cache name changes whenever any file does.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this as a Trunk hook');
  process.exit(1);
}

const sha = (data) => createHash('sha256').update(data).digest('hex');

function moveInlineScripts() {
  const indexPath = join(dir, 'index.html');
  let moved = 0;
  const html = readFileSync(indexPath, 'utf8').replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
    if (/\bsrc\s*=/.test(attrs) || body.trim() === '') return whole;
    const name = `start-${sha(body).slice(0, 16)}.js`;
    writeFileSync(join(dir, name), body.trim() + '\n');
    moved += 1;
    const type = /type\s*=\s*"module"/.test(attrs) ? ' type="module"' : '';
    return `<script${type} src="./${name}"></script>`;
  });
  writeFileSync(indexPath, html);
  console.log(`postbuild: moved ${moved} inline script(s) out of index.html`);
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

moveInlineScripts();
writeServiceWorker();
