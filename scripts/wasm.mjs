// Builds the app's WebAssembly into Trunk's staging directory (called by scripts/postbuild.mjs).
//
// Trunk's own Rust step runs cargo, wasm-bindgen and wasm-opt in one go and cannot split a wasm,
// so this does those steps itself. In a release build the wasm is split into a main module (what
// the start page needs) and chunks that load the first time a plan page or the share panel opens
// (the `#[wasm_split]` functions in src/ui/chunks.rs):
//   cargo build (--cfg mlplan_split, relocations kept) -> wasm-split-cli -> wasm-bindgen -> wasm-opt.
// A debug build (`trunk build` without --release) is one module, unoptimised.
// Every output name carries one hash of the whole build, since the files name each other.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The name of a wasm chunk in the build output (`split_<point>-<hash>.wasm`, `chunk_<n>-<hash>.wasm`). */
export const CHUNK_FILE = /^(split|chunk)_\w+-[0-9a-f]+\.wasm$/;

/**
 * wasm-opt's flags. `--converge` repeats -Oz until it stops shrinking the module (one pass left
 * 0.45 kB in the main module), and browsers read neither the producers nor the target-features
 * section (0.3 kB). `MLPLAN_WASM_NAMES=1` keeps the function names (`-g`), for
 * scripts/wasm-breakdown.mjs; such a build is for measuring, not for shipping.
 */
const SHRINK = ['-Oz', '--converge', '--strip-producers', '--strip-target-features'];
const WASM_OPT = process.env.MLPLAN_WASM_NAMES === '1' ? ['-Oz', '-g'] : SHRINK;

function run(cmd, args, env = process.env) {
  execFileSync(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env });
}

function targetDir() {
  const meta = execFileSync('cargo', ['metadata', '--format-version', '1', '--no-deps'], { cwd: root, encoding: 'utf8' });
  return JSON.parse(meta).target_directory;
}

// The release flags replace those in .cargo/config.toml for this target, so they repeat
// `erase_components` from there. RUSTFLAGS from the environment would take precedence over
// them and leave the wasm unsplittable, so the release build runs without it.
const SPLIT_RUSTFLAGS = '--cfg erase_components --cfg mlplan_split -Clink-args=--emit-relocs';

function releaseEnv() {
  const env = { ...process.env, CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: SPLIT_RUSTFLAGS };
  delete env.RUSTFLAGS;
  delete env.CARGO_ENCODED_RUSTFLAGS;
  return env;
}

function cargoBuild(release) {
  const args = ['build', '--target', 'wasm32-unknown-unknown', '--bin', 'mlplan'];
  if (release) args.push('--release');
  run('cargo', args, release ? releaseEnv() : process.env);
  return join(targetDir(), 'wasm32-unknown-unknown', release ? 'release' : 'debug', 'mlplan.wasm');
}

/** Builds into `work`; returns the file names there: the glue, the main wasm, the chunk loader, chunks. */
function buildInto(work, release) {
  const wasm = cargoBuild(release);
  const bindgenArgs = ['--target', 'web', '--no-typescript', '--out-dir', work, '--out-name', 'mlplan'];
  if (!release) {
    run('wasm-bindgen', [...bindgenArgs, wasm]);
    return { glue: 'mlplan.js', main: 'mlplan_bg.wasm', loader: null, chunks: [] };
  }
  const split = join(work, 'split');
  mkdirSync(split);
  run('wasm-split-cli', ['--target', 'web', '--out-name', 'mlplan', wasm, split]);
  // The chunks call into the main module through exports that wasm-bindgen would otherwise drop.
  run('wasm-bindgen', [...bindgenArgs, '--keep-lld-exports', '--no-demangle', join(split, 'mlplan.wasm')]);
  run('wasm-opt', [...WASM_OPT, join(work, 'mlplan_bg.wasm'), '-o', join(work, 'mlplan_bg.wasm')]);
  const chunks = readdirSync(split).filter((n) => n.endsWith('.wasm') && n !== 'mlplan.wasm');
  for (const chunk of chunks) run('wasm-opt', [...WASM_OPT, join(split, chunk), '-o', join(work, chunk)]);
  const loader = readFileSync(join(split, '__wasm_split.js'), 'utf8');
  writeFileSync(join(work, '__wasm_split.js'), startFetchesApart(loader));
  return { glue: 'mlplan.js', main: 'mlplan_bg.wasm', loader: '__wasm_split.js', chunks };
}

// How wasm-split-cli's loader starts a split point's files: every shared chunk it needs, then its
// own module, all in one go.
const FETCHES_AT_ONCE = `        const parallelStuff = deps.map(d => d());
        const instantiate = fetcher();`;
const FETCHES_APART = `        const parallelStuff = [];
        for (const dep of deps) {
            parallelStuff.push(dep());
            await nextTask();
        }
        const instantiate = fetcher();`;
const NEXT_TASK = `// Resolves in a later task (scripts/wasm.mjs: each chunk request starts in a task of its own).
const nextTask = () => globalThis.scheduler?.yield?.() ?? new Promise((resolve) => setTimeout(resolve));
`;

/**
 * The chunk loader with each file's request started in a task of its own. Starting a `fetch`
 * costs the main thread 0.5-20 ms under a 4x CPU slowdown (measured per call), and a plan page
 * starts twelve: eight for the plan reader, four for the step's fields. Started together, they
 * made two tasks of 44-95 ms in Lighthouse's phone simulation, both counted as blocking time;
 * apart, the downloads still overlap and no task is long. Throws when the loader no longer has
 * the expected text, so a new wasm-split-cli cannot drop the change without the build failing.
 */
export function startFetchesApart(loader) {
  if (!loader.includes(FETCHES_AT_ONCE) || !loader.includes('\nfunction makeLoad(')) {
    throw new Error('scripts/wasm.mjs: the chunk loader from wasm-split-cli has changed; update startFetchesApart');
  }
  return loader.replace(FETCHES_AT_ONCE, FETCHES_APART).replace('\nfunction makeLoad(', `\n${NEXT_TASK}function makeLoad(`);
}

const replaceAll = (text, pairs) => pairs.reduce((t, [from, to]) => t.split(from).join(to), text);

/**
 * Builds the wasm into `staging` under hashed names and returns the names the page loads: the
 * glue, the main module, and the chunks a tool page (calculator, review, report) needs, which
 * the start script preloads (none in a debug build).
 */
export function buildWasm(staging, release) {
  const work = join(root, 'target', 'mlplan-wasm');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const built = buildInto(work, release);
  const all = [built.glue, built.main, ...(built.loader ? [built.loader] : []), ...built.chunks];
  // This script's own text is hashed too: it rewrites the files it names.
  const hash = createHash('sha256').update(readFileSync(new URL(import.meta.url)));
  for (const name of all) hash.update(name).update(readFileSync(join(work, name)));
  const h = hash.digest('hex').slice(0, 16);
  const renamed = new Map([
    [built.glue, `mlplan-${h}.js`],
    [built.main, `mlplan-${h}_bg.wasm`],
    ...(built.loader ? [[built.loader, `split-${h}.js`]] : []),
    ...built.chunks.map((c) => [c, c.replace(/\.wasm$/, `-${h}.wasm`)]),
  ]);
  // The glue imports the chunk loader and names its own wasm; the loader imports the glue and
  // fetches the chunks by name. Only those references change: the wasm still names its import
  // module "./__wasm_split.js", and the glue's import object keys must keep that name.
  const references = [...renamed].flatMap(([from, to]) => [
    [`from "./${from}"`, `from "./${to}"`],
    [`new URL("./${from}"`, `new URL("./${to}"`],
    [`new URL('${from}'`, `new URL('${to}'`],
  ]);
  for (const [from, to] of renamed) {
    const data = readFileSync(join(work, from));
    const out = from.endsWith('.js') ? replaceAll(data.toString('utf8'), references) : data;
    writeFileSync(join(staging, to), out);
  }
  // The chunks a tool page needs: the typed plan reader (`codec`) and the tools.
  const loader = built.loader ? readFileSync(join(work, built.loader), 'utf8') : null;
  const toolPage = loader ? [...new Set(['codec', 'tools'].flatMap((split) => chunkFiles(loader, split)))] : [];
  return {
    glue: renamed.get(built.glue),
    main: renamed.get(built.main),
    toolPage: toolPage.map((f) => renamed.get(f)),
  };
}

/**
 * The wasm files that the split point `split` loads, read from the chunk loader: its own module
 * and every shared chunk whose comment names it.
 */
function chunkFiles(loader, split) {
  const own = `split_${split}.wasm`;
  if (!loader.includes(`"./${own}"`)) throw new Error(`wasm: the chunk loader does not load ${own}; update scripts/wasm.mjs`);
  const shared = [...loader.matchAll(/\/\* ([\w, ]+) \*\/\s*const __chunk_\d+ = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.]+)"/g)]
    .filter((m) => m[1].split(', ').includes(split))
    .map((m) => m[2]);
  return [own, ...shared];
}
