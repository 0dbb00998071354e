import { type Pool } from 'pg';
import { graphqlRequest } from './processes.js';
import { type Answer } from './raw-sql.js';
import { type Target } from './report.js';
import { type HttpTarget, type Workload } from './workloads.js';

/**
 * Asks every target the first request of every workload once and checks that they answer the
 * same: the same total, the same page in the same order, the same sum of facet counts. Returns
 * a note per difference (also printed in the report): a faster target that answers something
 * else would not be a fair comparison. Also returns the slowest single answer per workload.
 */
export async function validate(
  workloads: Workload[],
  targets: readonly Target[],
  urls: Partial<Record<HttpTarget, string>>,
  pool: Pool,
): Promise<{ notes: string[]; seconds: Map<string, number> }> {
  const notes: string[] = [];
  const seconds = new Map<string, number>();
  for (const workload of workloads) {
    const answers: Partial<Record<Target, Answer>> = {};
    for (const target of targets) {
      const started = performance.now();
      answers[target] =
        target === 'raw'
          ? await workload.raw.run(pool, 0)
          : workload.http[target].answer(
              await graphqlRequest(urls[target]!, workload.http[target].bodies[0]!),
            );
      const elapsed = (performance.now() - started) / 1000;
      seconds.set(workload.id, Math.max(seconds.get(workload.id) ?? 0, elapsed));
    }
    const reference = answers.ours ?? answers[targets[0]!]!;
    console.log(
      `${workload.id}: total ${reference.total ?? '–'}, page ${reference.slugs.length} rows, facet counts ${reference.facetTotal ?? '–'}`,
    );
    for (const target of targets) {
      const a = answers[target]!;
      const differences = [
        a.total !== reference.total && `total ${a.total} vs ${reference.total}`,
        a.slugs.join() !== reference.slugs.join() &&
          `page differs (${a.slugs.length} rows; first ${a.slugs[0]} vs ${reference.slugs[0]})`,
        a.facetTotal !== reference.facetTotal &&
          `facet counts ${a.facetTotal} vs ${reference.facetTotal}`,
      ].filter(Boolean);
      if (differences.length)
        notes.push(
          `${workload.id}: ${target} answers differently from ours: ${differences.join('; ')}.`,
        );
    }
  }
  return { notes, seconds };
}
