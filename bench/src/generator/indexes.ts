import { type PoolClient } from 'pg';

/**
 * Drops the indexes of `table` that back no constraint (primary keys and unique constraints
 * stay) and returns their definitions (pg_get_indexdef), for `createIndexes` to build them
 * again after a bulk insert: one sorted build instead of an index entry per row. Re-created
 * from their own definitions, they are exactly the migrations' indexes, whatever these are.
 */
export async function dropSecondaryIndexes(db: PoolClient, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string; definition: string }>(
    `SELECT x.indexrelid::regclass::text AS name, pg_get_indexdef(x.indexrelid) AS definition
       FROM pg_index x
      WHERE x.indrelid = $1::regclass
        AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = x.indexrelid)
      ORDER BY x.indexrelid`,
    [table],
  );
  for (const { name } of rows) await db.query(`DROP INDEX ${name}`);
  return rows.map((r) => r.definition);
}

/** Runs index definitions one after the other, with room to sort in memory. */
export async function createIndexes(db: PoolClient, definitions: string[]): Promise<void> {
  await db.query(`SET maintenance_work_mem = '1GB'`);
  try {
    for (const definition of definitions) await db.query(definition);
  } finally {
    await db.query(`RESET maintenance_work_mem`);
  }
}
