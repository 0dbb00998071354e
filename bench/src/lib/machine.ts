import { execFileSync } from 'node:child_process';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { REPO_ROOT } from './paths.js';

export function loadAverage(): number[] {
  return loadavg();
}

/** "2 CPUs, 23 GiB, Node v20.20.2, PostgreSQL 15.20". */
export function machineDescription(pgVersion: string): string {
  const postgres = /PostgreSQL [\d.]+/.exec(pgVersion)?.[0] ?? pgVersion;
  const gib = Math.round(totalmem() / 2 ** 30);
  return `${availableParallelism()} CPUs, ${gib} GiB, Node ${process.version}, ${postgres}`;
}

/** The commit measured, marked when the working tree had changes. */
export function gitCommit(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes' : ''}`;
  } catch {
    return 'commit unknown';
  }
}
