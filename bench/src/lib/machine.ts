import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { API_MAIN, REPO_ROOT } from './paths.js';

export function loadAverage(): number[] {
  return loadavg();
}

/** "2 CPUs, 23 GiB, Node v20.20.2, PostgreSQL 15.20". */
export function machineDescription(pgVersion: string): string {
  const postgres = /PostgreSQL [\d.]+/.exec(pgVersion)?.[0] ?? pgVersion;
  const gib = Math.round(totalmem() / 2 ** 30);
  return `${availableParallelism()} CPUs, ${gib} GiB, Node ${process.version}, ${postgres}`;
}

/**
 * What was measured: the source commit (marked when the working tree had changes) and when the
 * API's dist was built, since the bench runs the build, not the sources.
 */
export function gitCommit(): string {
  return `${sourceCommit()}, API built ${statSync(API_MAIN)
    .mtime.toISOString()
    .replace(/\.\d+Z$/, 'Z')}`;
}

function sourceCommit(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'commit unknown';
  }
}

/**
 * Formats written reports with the repository's prettier, so that they pass its format check
 * as written (`pnpm lint`); skipped where prettier is not installed.
 */
export function formatFiles(files: string[]): void {
  try {
    execFileSync(path.join(REPO_ROOT, 'node_modules/.bin/prettier'), ['--write', ...files], {
      cwd: REPO_ROOT,
      stdio: 'ignore',
    });
  } catch {
    // Unformatted is still correct.
  }
}
