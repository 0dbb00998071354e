/**
 * Statements sent as named prepared statements. PostgreSQL plans a plain statement anew every
 * time; the public reads that build a practice's JSON (its relations, its detail) join views and
 * run several subqueries, and planning them costs several times what running them does
 * (docs/benchmarks.md, "Session 5"). A prepared statement is parsed once per
 * connection, and after five runs PostgreSQL keeps a generic plan when it is no worse.
 *
 * Only fixed texts with parameters are registered: every registered text holds a statement on
 * each pooled connection for its lifetime, so texts built per request must not be.
 */
const names = new Map<string, string>();

/** Registers a statement text (returned unchanged) to be sent as a prepared statement. */
export function prepared(text: string): string {
  if (!names.has(text)) names.set(text, `gpa_${names.size + 1}`);
  return text;
}

/** The statement name of a registered text; undefined for any other text. */
export function preparedName(text: string): string | undefined {
  return names.get(text);
}
