import autocannon from 'autocannon';
import { type Pool } from 'pg';

export interface Measurement {
  /** Answers that completed without error within the run. */
  requests: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
  /** HTTP errors, timeouts, GraphQL errors, SQL errors. */
  errors: number;
}

export interface LoadOptions {
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds before one request counts as failed. */
  timeout: number;
  /**
   * Instead of a duration: this many answers in all (each client its share). For workloads so
   * slow that a fixed duration would end before most answers arrive.
   */
  amount?: number;
}

/**
 * Closed-loop HTTP load with autocannon: `connections` clients each send the next request as
 * soon as the previous answer arrives, cycling through `bodies`. An answer carrying GraphQL
 * errors counts as an error, not as a request.
 */
export async function measureHttp(
  url: string,
  bodies: string[],
  options: LoadOptions,
): Promise<Measurement> {
  let next = 0;
  const started = performance.now();
  let lastAnswer = started;
  const run = autocannon({
    url: `${url}/graphql`,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    timeout: options.timeout,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodies[0],
    requests:
      bodies.length > 1
        ? [
            {
              method: 'POST',
              setupRequest: (req) => ({ ...req, body: bodies[next++ % bodies.length] }),
            },
          ]
        : undefined,
    verifyBody: (body) => !body.includes('"errors":'),
  });
  run.on('response', () => (lastAnswer = performance.now()));
  const result = await run;
  const ok = result['2xx'] - result.mismatches;
  // In amount mode autocannon ends on its next one-second tick: time to the last answer.
  const seconds = options.amount ? (lastAnswer - started) / 1000 : result.duration;
  return {
    requests: ok,
    seconds,
    rps: ok / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.mismatches,
  };
}

/**
 * The same closed loop without HTTP: `connections` workers each run `call` again as soon as it
 * resolves, cycling through `count` variants, until the duration is over (answers still running
 * then are awaited but not counted, as autocannon drops them) or the amount is done.
 */
export async function measureClosedLoop(
  call: (variant: number) => Promise<unknown>,
  count: number,
  options: LoadOptions,
): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const end = options.amount ? Infinity : start + options.duration * 1000;
  const perWorker = options.amount ? Math.ceil(options.amount / options.connections) : Infinity;
  const worker = async () => {
    for (let done = 0; done < perWorker && performance.now() < end; done += 1) {
      const t = performance.now();
      try {
        await call(next++ % count);
        if (performance.now() <= end) latencies.push(performance.now() - t);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.max(0, Math.ceil(p * latencies.length) - 1)] ?? NaN;
  const seconds = options.amount ? (performance.now() - start) / 1000 : options.duration;
  return {
    requests: latencies.length,
    seconds,
    rps: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    errors,
  };
}

/**
 * Waits until no statement runs on the database but the caller's (a target may still be
 * working on requests the load generator gave up on), so runs do not overlap.
 */
export async function waitForIdle(admin: Pool, maxSeconds = 180): Promise<void> {
  const deadline = performance.now() + maxSeconds * 1000;
  while (performance.now() < deadline) {
    const { rows } = await admin.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND state = 'active' AND pid <> pg_backend_pid()`,
    );
    if (rows[0].n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The database stayed busy for ${maxSeconds} s after a run.`);
}
