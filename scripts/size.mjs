// Prints every file of the release build raw, gzip -9 and brotli (quality 11), and fails when the
// brotli total of what a first visit loads is over the budget.
// Usage: node scripts/size.mjs [dist-dir] [budget-kB]   (1 kB = 1000 bytes)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? 'dist';
const budgetKb = Number(process.argv[3] ?? 250);

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

// A first visit loads the page and everything it references. The worked examples' plan files
// are fetched only when one is opened (the offline worker fetches them in the background after
// the app has started); they are listed and totalled separately.
const onDemand = (name) => name.startsWith('assets/examples/');
const firstVisit = (name) => !name.endsWith('.map') && !onDemand(name);
const kb = (n) => (n / 1000).toFixed(1).padStart(8);
let total = { raw: 0, gz: 0, br: 0 };
let later = { raw: 0, gz: 0, br: 0 };
console.log(`${'file'.padEnd(44)}${'raw kB'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const path of files(dist).sort()) {
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  }).length;
  const name = relative(dist, path);
  console.log(`${name.padEnd(44)}${kb(data.length)}${kb(gz)}${kb(br)}`);
  const add = (t) => ({ raw: t.raw + data.length, gz: t.gz + gz, br: t.br + br });
  if (firstVisit(name)) total = add(total);
  else if (onDemand(name)) later = add(later);
}
console.log(`${'total (first visit)'.padEnd(44)}${kb(total.raw)}${kb(total.gz)}${kb(total.br)}`);
console.log(`${'on demand (worked examples)'.padEnd(44)}${kb(later.raw)}${kb(later.gz)}${kb(later.br)}`);
if (total.br > budgetKb * 1000) {
  console.error(`size: brotli total ${(total.br / 1000).toFixed(1)} kB is over the ${budgetKb} kB budget`);
  process.exit(1);
}
console.log(`size: brotli total ${(total.br / 1000).toFixed(1)} kB is within the ${budgetKb} kB budget`);
