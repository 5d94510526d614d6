// Writes the release build as one self-contained HTML file (styles, JavaScript and WebAssembly
// inlined) that runs when opened from file://, for USB sticks and course-platform uploads.
// Usage, after `trunk build --release --offline`: node scripts/single-file.mjs [dist] [out.html]
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CHUNK_FILE } from './wasm.mjs';

const dist = process.argv[2] ?? 'dist';
const out = process.argv[3] ?? 'dist-single/mlplan.html';
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const names = readdirSync(dist);
const one = (re) => {
  const found = names.filter((n) => re.test(n));
  if (found.length !== 1) throw new Error(`single-file: expected one file matching ${re} in ${dist}, found ${found.length}`);
  return found[0];
};

const glueName = one(/^mlplan-[0-9a-f]+\.js$/);
const wasmName = one(/^mlplan-[0-9a-f]+_bg\.wasm$/);
const loaderName = one(/^split-[0-9a-f]+\.js$/);
const chunkNames = names.filter((n) => CHUNK_FILE.test(n));
// The page's own style sheets, then the plan pages' (which the served app loads with its chunks).
const pageStyles = html.match(/<meta name="mlplan-page-styles" content="([^"]*)">/)?.[1].split(' ') ?? [];
const css = [...[...html.matchAll(/<link rel="stylesheet" href="\.\/([^"]+)"[^>]*>/g)].map((m) => m[1]), ...pageStyles]
  .map((file) => readFileSync(join(dist, file), 'utf8'))
  .join('\n');
const base64 = (name) => readFileSync(join(dist, name)).toString('base64');
const unexport = (code) =>
  code
    .replace(/^export \{[^}]*\};?\s*$/gm, '')
    .replace(/^export (function|class|const|let|async function) /gm, '$1 ');

// The chunk loader (scripts/wasm.mjs) is an ES module that imports the glue and fetches the wasm
// chunks; inlined, its exports become one object that stands in for the glue's imports of it, and
// a module-scoped `fetch` answers its chunk requests from embedded bytes.
const loader = readFileSync(join(dist, loaderName), 'utf8').replace(/^import \{ initSync \} from "[^"]*";?\s*$/m, '');
const loaderExports = [...loader.matchAll(/^export const (\w+)/gm)].map((m) => m[1]);
if (loaderExports.length === 0) throw new Error('single-file: the chunk loader exports nothing; update this script');
const chunks = Object.fromEntries(chunkNames.map((n) => [n, base64(n)]));

// The wasm-bindgen glue is an ES module; inline it as the body of one module script, drop its
// exports, and start it from the embedded bytes instead of fetching the .wasm file.
const glue = unexport(readFileSync(join(dist, glueName), 'utf8')).replace(
  new RegExp(`^import \\* as (\\w+) from "\\./${loaderName.replace(/\./g, '\\.')}";?\\s*$`, 'gm'),
  'const $1 = splitLoader;',
);
if (!/function __wbg_init\b|async function __wbg_init\b/.test(glue)) {
  throw new Error('single-file: the wasm-bindgen glue no longer defines __wbg_init; update this script');
}
const bytes = (b64) => `Uint8Array.from(atob(${b64}), (c) => c.charCodeAt(0))`;
const script = `const wasmChunks = ${JSON.stringify(chunks)};
const fetch = (url) => {
  const chunk = wasmChunks[String(url).split('/').pop()];
  return chunk === undefined
    ? globalThis.fetch(url)
    : Promise.resolve(new Response(${bytes('chunk')}, { headers: { 'Content-Type': 'application/wasm' } }));
};
${unexport(loader)}
const splitLoader = { ${loaderExports.join(', ')} };
${glue}
await __wbg_init({ module_or_path: ${bytes(JSON.stringify(base64(wasmName)))} });
`;

// The worked examples are plan files the app fetches when one is opened; a page opened from
// file:// cannot fetch, so each is carried as a JSON data element (never run, so the policy below
// needs no entry for it) that the app reads by id. Writing `<` as `\u003c` keeps a text from ending it.
const exampleDir = join(dist, 'assets', 'examples');
const dataFiles = readdirSync(exampleDir)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((n) => {
    const json = JSON.stringify(JSON.parse(readFileSync(join(exampleDir, n), 'utf8'))).replace(/</g, '\\u003c');
    return `<script type="application/json" id="mlplan-file:assets/examples/${n}">${json}</script>`;
  })
  .join('\n');

const hash = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const csp = [
  "default-src 'none'",
  `script-src ${hash(script)} 'wasm-unsafe-eval'`,
  `style-src ${hash(css)}`,
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

const page = html
  .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, `<meta http-equiv="Content-Security-Policy" content="${csp}">`)
  .replace(/<link rel="stylesheet"[^>]*>\s*/g, '')
  .replace(/<meta name="mlplan-page-styles"[^>]*>\s*/, '')
  .replace(/<link rel="(manifest|icon|apple-touch-icon|modulepreload|preload)"[^>]*>\s*/g, '')
  .replace(/<script type="module" src="[^"]*"><\/script>\s*/g, '')
  .replace('</head>', `<style>${css}</style>\n<script type="module">${script}</script>\n</head>`)
  .replace('</body>', `${dataFiles}\n</body>`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, page);
console.log(`single-file: wrote ${out} (${(page.length / 1000).toFixed(0)} kB)`);
