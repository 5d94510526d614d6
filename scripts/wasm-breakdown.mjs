// What the wasm is made of: twiggy's `top` over each module of a release build, grouped by the
// crate each item belongs to, in raw kB (1000 bytes). It prints the table and, with `--doc FILE`,
// writes it into FILE's `wasm-breakdown` section (docs/SIZE.md).
//
//   MLPLAN_WASM_NAMES=1 trunk build --release --offline --dist /tmp/mlplan-names
//   node scripts/wasm-breakdown.mjs /tmp/mlplan-names --doc docs/SIZE.md
//
// The build must keep function names (MLPLAN_WASM_NAMES=1, see scripts/wasm.mjs); the name
// section itself is not counted, since a shipped build has none. Needs `twiggy` on the PATH
// (`cargo install twiggy`); it is a measuring tool, not part of the build or the tests.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { writeSection } from './doc-section.mjs';

/** The rows, in the table's order: a name, and what an item's path starts with. */
const GROUPS = [
  ['core, alloc, std, hashbrown, dlmalloc', /^(<?char>?|__rustc|__rust_\w+|core|alloc|std|hashbrown|dlmalloc|compiler_builtins)(::|$)/],
  ['tachys', /^tachys::/],
  ['mlplan::ui', /^mlplan::ui::/],
  ['string data', /^data segment/],
  ['reactive_graph', /^reactive_graph::/],
  ['js_sys, wasm_bindgen, web_sys, leptos', /^(js_sys|wasm_bindgen|web_sys|leptos|leptos_dom|wasm_split_helpers|futures_\w+|send_wrapper|or_poisoned|throw_error|any_spawner|slotmap|indexmap|async_once_cell)::/],
  ['other mlplan', /^mlplan::/],
  ['serde, serde_json', /^(serde|serde_core|serde_json|zmij|itoa|ryu|memchr)::/],
  ['qrcode', /^qrcode::/],
];
const CRATE = /(char>|__rustc|core|alloc|std|hashbrown|dlmalloc|compiler_builtins|tachys|mlplan|reactive_graph|js_sys|wasm_bindgen|web_sys|leptos|leptos_dom|wasm_split_helpers|futures_\w+|send_wrapper|or_poisoned|throw_error|any_spawner|slotmap|indexmap|async_once_cell|serde|serde_core|serde_json|zmij|itoa|ryu|memchr|qrcode)::/;
const PLUMBING = 'wasm plumbing: imports, function tables, unnamed glue';

/** Legacy-mangled names (the chunks keep them) read as paths, crate hashes dropped. */
function readable(name) {
  return name
    .replace(/\[[0-9a-f]{16}\]/g, '')
    .replace(/^_ZN\d+/, '')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$RF\$/g, '&')
    .replace(/\.\./g, '::');
}

/** The row an item of twiggy's output counts in. */
function group(name) {
  const path = readable(name);
  if (name.startsWith('data segment')) return 'string data';
  // A view closure handed to Leptos holds the component code that was inlined into it.
  if (path.includes('ViewFn as core::convert::From<F>>::from::{{closure}}')) return 'mlplan::ui';
  // serde's derived code for the app's types is named after the type, but it is serde's.
  if (/impl serde(_core)?::(de|ser)::/.test(path)) return 'serde, serde_json';
  const at = path.search(CRATE);
  const from = at < 0 ? path : path.slice(at);
  return GROUPS.find(([, re]) => re.test(from))?.[0] ?? PLUMBING;
}

function breakdown(file) {
  const items = JSON.parse(execFileSync('twiggy', ['top', '--format', 'json', '-n', '1000000', file], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const sums = new Map();
  for (const { name, shallow_size: size } of items) {
    if (name.startsWith('Σ') || name.startsWith('...') || /subsection|"name"/.test(name)) continue;
    sums.set(group(name), (sums.get(group(name)) ?? 0) + size);
  }
  return sums;
}

const docAt = process.argv.indexOf('--doc');
const doc = docAt > 0 ? process.argv[docAt + 1] : null;
const dist = resolve(process.argv[2] ?? 'dist');
const files = readdirSync(dist);
const modules = [
  ['main', /^mlplan-[0-9a-f]+_bg\.wasm$/],
  ['steps', /^split_steps-/],
  ['tools', /^split_tools-/],
  ['codec', /^split_codec-/],
  ['sharing', /^split_sharing-/],
].map(([label, re]) => {
  const file = files.find((f) => re.test(f));
  if (!file) throw new Error(`wasm-breakdown: no ${label} module in ${dist} (a release build is needed)`);
  return [label, breakdown(join(dist, file))];
});
const kB = (bytes) => (bytes / 1000).toFixed(0);
const total = (sums) => [...sums.values()].reduce((a, b) => a + b, 0);
const table = [
  `| contributor | ${modules.map(([label, sums]) => `${label} (${kB(total(sums))})`).join(' | ')} |`,
  `|---|${modules.map(() => '---:|').join('')}`,
  ...[...GROUPS.map(([name]) => name), PLUMBING].map(
    (row) => `| ${row} | ${modules.map(([, sums]) => kB(sums.get(row) ?? 0)).join(' | ')} |`,
  ),
];
console.log(table.join('\n'));
if (doc) {
  writeSection(doc, 'wasm-breakdown', [
    'Written by `node scripts/wasm-breakdown.mjs <dist> --doc docs/SIZE.md` from a release build that keeps function names (`MLPLAN_WASM_NAMES=1`); twiggy `top`, raw kB, the name section not counted. Columns: the main module and each split point\'s own module.',
    '',
    ...table,
  ].join('\n'));
}
