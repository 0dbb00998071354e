import { constants, PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface MemoryFigures {
  /** Resident set size: what the operating system sees. */
  rssMb: number;
  /** The JavaScript heap now, garbage included. */
  heapUsedMb: number;
  /**
   * The heap just after the last full collection: what the process really holds. Null until
   * the first one. The resident size alone does not show a leak: with a large heap limit V8
   * lets garbage pile up to several times the live heap before collecting it, so the resident
   * size climbs for minutes under load and stays up (freed pages are kept for reuse).
   */
  liveHeapMb: number | null;
  /** Full (mark-compact) collections since start. */
  fullCollections: number;
}

const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Watches the garbage collector for full collections and notes the heap's size right after
 * each. One per server (server.ts starts it); /healthz reports it.
 */
export class MemoryWatch {
  private liveBytes: number | null = null;
  private fullCollections = 0;
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const detail = (entry as { detail?: unknown }).detail as { kind?: number } | undefined;
      if (detail?.kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
      this.fullCollections += 1;
      // Observers run just after the collection: what was allocated since is small.
      this.liveBytes = v8.getHeapStatistics().used_heap_size;
    }
  });

  start(): this {
    this.observer.observe({ entryTypes: ['gc'] });
    return this;
  }

  stop() {
    this.observer.disconnect();
  }

  figures(): MemoryFigures {
    const usage = process.memoryUsage();
    return {
      rssMb: mb(usage.rss),
      heapUsedMb: mb(usage.heapUsed),
      liveHeapMb: this.liveBytes === null ? null : mb(this.liveBytes),
      fullCollections: this.fullCollections,
    };
  }
}

let gc: (() => void) | null = null;

/**
 * A full garbage collection now, without `--expose-gc` on the command line (however the process
 * was started: pnpm start, Docker, the cluster script, a test).
 *
 * Why: V8 sets the heap's next collection threshold from the heap's size at the last full
 * collection. Building the search index leaves a few hundred MB of garbage beside it (at 100,000
 * practices a 245 MB heap for 100 MB live); collected lazily, that raised threshold lets the
 * process grow past 1.2 GB under load before its first full collection. Collected at once
 * (a pause of some tens of ms, once per build, before the process is ready or while a
 * publication is being taken in), it settles near half that.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
