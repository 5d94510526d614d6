// Prints every file of the release build raw, gzip -9 and brotli (quality 11), and fails when the
// brotli total of what a first visit loads is over the budget. With `--doc FILE` it also writes
// the figures into FILE's `size` section (docs/SIZE.md), so no one types them by hand.
// Usage: node scripts/size.mjs [dist-dir] [budget-kB] [--doc FILE]   (1 kB = 1000 bytes)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { writeSection } from './doc-section.mjs';
import { CHUNK_FILE } from './wasm.mjs';

const docAt = process.argv.indexOf('--doc');
const doc = docAt > 0 ? process.argv[docAt + 1] : null;
const [dist = 'dist', budget = '180'] = process.argv.slice(2).filter((_, i, all) => all[i] !== '--doc' && all[i - 1] !== '--doc');
const budgetKb = Number(budget);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// A first visit loads the page and everything it references. Three kinds of file are fetched only
// when needed (and by the offline worker in the background once the app has started), so they are
// listed and totalled apart: the worked examples' plan files, the wasm chunks that a plan page,
// the share panel, a shared link or the typed plan reader loads (scripts/wasm.mjs), and the style
// sheets that load with those chunks (scripts/postbuild.mjs).
const pageStyles = readFileSync(join(dist, 'index.html'), 'utf8').match(/<meta name="mlplan-page-styles" content="([^"]*)">/)?.[1].split(' ') ?? [];
const groups = [
  { label: 'on demand (worked examples)', test: (name) => name.startsWith('assets/examples/') },
  { label: 'on demand (wasm chunks)', test: (name) => CHUNK_FILE.test(name) },
  { label: 'on demand (plan-page styles)', test: (name) => pageStyles.includes(name) },
];
const onDemand = (name) => groups.find((g) => g.test(name));
const firstVisit = (name) => !name.endsWith('.map') && !onDemand(name);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
const mdKb = (n) => (n / 1000).toFixed(1);
let total = { raw: 0, gz: 0, br: 0 };
const later = new Map(groups.map((g) => [g, { raw: 0, gz: 0, br: 0 }]));
const rows = [];
console.log(`${'file'.padEnd(44)}${'raw kB'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const path of files(dist).sort()) {
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  const name = relative(dist, path);
  console.log(`${name.padEnd(44)}${kb(data.length)}${kb(gz)}${kb(br)}`);
  if (!name.endsWith('.map')) rows.push(`| \`${name.replace(/-[0-9a-f]{16}/, '-<hash>')}\` | ${onDemand(name)?.label ?? 'first visit'} | ${mdKb(data.length)} | ${mdKb(gz)} | ${mdKb(br)} |`);
  const add = (t) => ({ raw: t.raw + data.length, gz: t.gz + gz, br: t.br + br });
  if (firstVisit(name)) total = add(total);
  else if (onDemand(name)) later.set(onDemand(name), add(later.get(onDemand(name))));
}
console.log(`${'total (first visit)'.padEnd(44)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
for (const [g, t] of later) console.log(`${g.label.padEnd(44)}${kb(t.raw)}${kb(t.gz)}${kb(t.br)}`);
if (doc) {
  const totals = [['**first visit**', total], ...[...later].map(([g, t]) => [`**${g.label}**`, t])];
  writeSection(doc, 'size', [
    `Written by \`node scripts/size.mjs dist ${budgetKb} --doc ${doc}\` from a release build; kB = 1000 bytes, gzip -9, brotli quality 11.`,
    `A first visit may load at most ${budgetKb} kB brotli (the test command fails over it).`,
    '',
    '| what | raw kB | gzip kB | brotli kB |',
    '|---|---:|---:|---:|',
    ...totals.map(([label, t]) => `| ${label} | ${mdKb(t.raw)} | ${mdKb(t.gz)} | ${mdKb(t.br)} |`),
    '',
    '| file | loads | raw kB | gzip kB | brotli kB |',
    '|---|---|---:|---:|---:|',
    ...rows,
  ].join('\n'));
}
if (total.br > budgetKb * 1000) {
  console.error(`size: brotli total ${(total.br / 1000).toFixed(1)} kB is over the ${budgetKb} kB budget`);
  process.exit(1);
}
console.log(`size: brotli total ${(total.br / 1000).toFixed(1)} kB is within the ${budgetKb} kB budget`);
