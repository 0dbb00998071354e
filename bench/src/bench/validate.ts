import { type Answer } from './raw-sql.js';
import { type Target } from './report.js';
import { type Workload } from './workloads.js';

/**
 * Asks every target the first request of every workload once and checks that they answer the
 * same: the same total, the same page in the same order, the same sum of facet counts and number of facet
 * values. Returns
 * a note per difference (also printed in the report), since a faster target that answers
 * something else would not be a fair comparison, and the slowest single answer per workload.
 * `ask` returns null for a target whose answer cannot be compared (our replayed statements).
 */
export async function validate(
  workloads: Workload[],
  targets: readonly Target[],
  ask: (workload: Workload, target: Target) => Promise<Answer | null>,
): Promise<{ notes: string[]; seconds: Map<string, number> }> {
  const notes: string[] = [];
  const seconds = new Map<string, number>();
  for (const workload of workloads) {
    const answers: Partial<Record<Target, Answer>> = {};
    for (const target of targets) {
      const started = performance.now();
      const answer = await ask(workload, target);
      if (answer) answers[target] = answer;
      const elapsed = (performance.now() - started) / 1000;
      seconds.set(workload.id, Math.max(seconds.get(workload.id) ?? 0, elapsed));
    }
    const reference = answers.ours ?? Object.values(answers)[0];
    if (!reference) continue;
    console.log(
      `${workload.id}: total ${reference.total ?? '–'}, page ${reference.slugs.length} rows, facet counts ${reference.facetTotal ?? '–'} over ${reference.facetValues ?? '–'} values`,
    );
    for (const [target, a] of Object.entries(answers)) {
      const differences = [
        a.total !== reference.total && `total ${a.total} vs ${reference.total}`,
        a.slugs.join() !== reference.slugs.join() && pageDifference(a.slugs, reference.slugs),
        a.facetTotal !== reference.facetTotal &&
          `facet counts ${a.facetTotal} vs ${reference.facetTotal}`,
        a.facetValues !== reference.facetValues &&
          `facet values ${a.facetValues} vs ${reference.facetValues}`,
      ].filter(Boolean);
      if (differences.length) {
        notes.push(
          `${workload.id}: ${target} answers differently from ours: ${differences.join('; ')}.`,
        );
      }
    }
  }
  return { notes, seconds };
}

function pageDifference(page: string[], reference: string[]): string {
  const at = page.findIndex((slug, i) => slug !== reference[i]);
  const i = at < 0 ? page.length : at;
  const inBoth = page.filter((slug) => reference.includes(slug)).length;
  return `page differs from row ${i + 1} (${page[i] ?? 'none'} vs ${reference[i] ?? 'none'}; ${inBoth} of ${reference.length} rows in both)`;
}
