// Trunk post-build hook: moves every inline <script> of the built index.html into a hashed file
// of its own, so the page runs under a Content-Security-Policy that allows only the app's files.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('postbuild: TRUNK_STAGING_DIR is not set; run this as a Trunk hook');
  process.exit(1);
}
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');
let moved = 0;
html = html.replace(/<script([^>]*)>([\s\S]*?)<\/script>/g, (whole, attrs, body) => {
  if (/\bsrc\s*=/.test(attrs) || body.trim() === '') return whole;
  const name = `start-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
  writeFileSync(join(dir, name), body.trim() + '\n');
  moved += 1;
  const type = /type\s*=\s*"module"/.test(attrs) ? ' type="module"' : '';
  return `<script${type} src="./${name}"></script>`;
});
writeFileSync(indexPath, html);
console.log(`postbuild: moved ${moved} inline script(s) out of index.html`);
