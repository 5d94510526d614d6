// Plans of realistic size for the library's tests and benchmark: the worked examples (complete
// plans in both languages, 8,500 to 14,000 characters each as stored), renamed and renumbered.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const EXAMPLES = fileURLToPath(new URL('../assets/examples/', import.meta.url));

/** The worked examples' plan files, parsed, in a fixed order. */
export function examplePlans() {
  return readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(EXAMPLES + f, 'utf8')));
}

/**
 * `n` plans cycled from the worked examples, `plan000`… titled "Plan 000"…, the later the more
 * recently changed (a second apart, from `updatedFrom`).
 */
export function realisticPlans(n, { updatedFrom = Date.now() - n * 1000 } = {}) {
  const examples = examplePlans();
  return Array.from({ length: n }, (_, i) => {
    const number = String(i).padStart(3, '0');
    const ms = updatedFrom + i * 1000;
    return { ...structuredClone(examples[i % examples.length]), id: `plan${number}`, title: `Plan ${number}`, created_ms: ms, updated_ms: ms };
  });
}

/** Stores `plans` in the page's localStorage as the app stores them (reload to see them). */
export async function seedPlans(page, plans) {
  await page.evaluate((records) => {
    for (const [id, text] of records) localStorage.setItem(`mlplan.v1.plan.${id}`, text);
  }, plans.map((p) => [p.id, JSON.stringify(p)]));
}
