/**
 * Preloaded into our API's production process by `pnpm --filter @gpa/bench explain`
 * (node --import tsx --import this-file main.js): appends every statement the process sends
 * through pg, with its parameters, as a JSON line to CAPTURE_SQL_FILE.
 */
import { appendFileSync } from 'node:fs';
import pg from 'pg';

const file = process.env.CAPTURE_SQL_FILE;
if (file) {
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const config =
      typeof first === 'string'
        ? { text: first, values: second }
        : (first as { text?: string; values?: unknown });
    if (config?.text) {
      const values = Array.isArray(config.values)
        ? config.values
        : Array.isArray(second)
          ? second
          : [];
      // Planner settings sent in a transaction before a statement ("BEGIN; SET LOCAL …") go
      // with the statements of that transaction, so that the replay runs them the same way.
      const client = this as pg.Client & { gpaSettings?: string };
      if (/^\s*BEGIN\b/i.test(config.text)) client.gpaSettings = config.text;
      else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(config.text)) client.gpaSettings = undefined;
      const settings = client.gpaSettings;
      appendFileSync(file, `${JSON.stringify({ text: config.text, values, settings })}\n`);
    }
    return query.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
