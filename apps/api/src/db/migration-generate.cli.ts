/**
 * Writes a migration for the difference between the entities and the migrated schema, the way
 * `typeorm migration:generate` does, against a throwaway database: on the local PostgreSQL
 * server when one answers (TEST_DATABASE_URL), else on an in-memory PGlite.
 *
 *   pnpm --filter @gpa/api migration:generate <Name>      write src/db/migrations/<ts>-<name>.ts
 *   pnpm --filter @gpa/api migration:check                 exit 1 when entities and migrations differ
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '../testing/test-database.js';
import { createDataSource } from './data-source.js';

const check = process.argv.includes('--check');
const name = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!check && !name) {
  console.error('usage: migration-generate.cli.ts <Name> | --check');
  process.exit(2);
}

const database = await createTestDatabase();
const dataSource = createDataSource({ url: database.url, poolSize: 2 });
let exitCode = 0;
try {
  await dataSource.initialize();
  await dataSource.runMigrations({ transaction: 'all' });
  const sqlInMemory = await dataSource.driver.createSchemaBuilder().log();
  // TypeORM emits an enum type shared by several tables (enumName) once per table: keep the
  // first CREATE TYPE and the last DROP TYPE.
  const up = sqlInMemory.upQueries
    .map((q) => q.query)
    .filter((q, i, all) => !q.startsWith('CREATE TYPE') || all.indexOf(q) === i);
  const down = sqlInMemory.downQueries
    .map((q) => q.query)
    .reverse()
    .filter((q, i, all) => !q.startsWith('DROP TYPE') || all.lastIndexOf(q) === i);
  if (check) {
    if (up.length > 0) {
      console.error('Entities and migrations differ; run migration:generate. Pending statements:');
      for (const q of up) console.error(`  ${q};`);
      exitCode = 1;
    } else console.log('Migrations match the entities.');
  } else if (up.length === 0) {
    console.log('No changes: nothing to generate.');
  } else {
    const timestamp = Date.now();
    const className = `${name!.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
    const fileName = `${timestamp}-${name!.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.ts`;
    const quote = (q: string) => '`' + q.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';
    const body = `import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${up.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${down.map((q) => `    await queryRunner.query(${quote(q)});`).join('\n')}
  }
}
`;
    const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
    await writeFile(path.join(dir, fileName), body);
    console.log(`Wrote ${path.join(dir, fileName)}; add it to migrations/index.ts.`);
  }
} finally {
  if (dataSource.isInitialized) await dataSource.destroy();
  await database.drop();
}
process.exit(exitCode);
