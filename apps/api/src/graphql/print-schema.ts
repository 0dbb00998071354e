/**
 * Writes the committed schema.graphql from the TypeGraphQL classes, or with --check fails when
 * the committed file is stale.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { createSchema } from './schema.js';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const printed = `# Generated from the TypeGraphQL classes by \`pnpm --filter @gpa/api schema:print\`. Do not edit.\n\n${printSchema(lexicographicSortSchema(await createSchema()))}\n`;

if (process.argv.includes('--check')) {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== printed) {
    process.stderr.write(
      'schema.graphql is stale: run `pnpm --filter @gpa/api schema:print` and commit it.\n',
    );
    process.exit(1);
  }
  process.stdout.write('schema.graphql is current.\n');
} else {
  await writeFile(file, printed);
  process.stdout.write(`Wrote ${file}\n`);
}
