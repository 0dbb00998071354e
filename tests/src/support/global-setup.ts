import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type TestProject } from 'vitest/node';
import { startProductionProcess } from './production-process.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    dataDir: string;
  }
}

/**
 * One production process for the run, on the embedded database in a fresh DATA_DIR: the same
 * path as the README's start command on a new machine (first start migrates and seeds).
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gpa-e2e-'));
  const server = await startProductionProcess({ DATA_DIR: dataDir });
  project.provide('baseUrl', server.url);
  project.provide('dataDir', dataDir);
  return async () => {
    const code = await server.stop();
    await rm(dataDir, { recursive: true, force: true });
    if (code !== 0) throw new Error(`the production process exited with ${code} on SIGTERM`);
  };
}
