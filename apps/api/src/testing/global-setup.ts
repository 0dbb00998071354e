import { type TestProject } from 'vitest/node';
import { createTestDatabase } from './test-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'postgres' | 'pglite';
  }
}

/** One fresh database per test run, dropped at the end; test files migrate and seed it. */
export default async function setup(project: TestProject) {
  const db = await createTestDatabase();
  project.provide('databaseUrl', db.url);
  project.provide('databaseKind', db.kind);
  process.stdout.write(`API tests run on ${db.kind}\n`);
  return async () => {
    await db.drop();
  };
}
