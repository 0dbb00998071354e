import { describe, expect, it } from 'vitest';
import { collectGarbage, MemoryWatch } from '../memory.js';

describe('MemoryWatch', () => {
  it('has no live heap figure before the first full collection it sees', () => {
    const watch = new MemoryWatch().start();
    try {
      const figures = watch.figures();
      expect(figures.liveHeapMb).toBeNull();
      expect(figures.fullCollections).toBe(0);
      expect(figures.rssMb).toBeGreaterThan(0);
    } finally {
      watch.stop();
    }
  });

  it('notes the heap after each full collection, garbage left out', async () => {
    const watch = new MemoryWatch().start();
    try {
      // 64 MB of garbage: counted in the heap now, gone after a full collection.
      let garbage: number[][] | null = Array.from({ length: 64 }, () =>
        new Array(128 * 1024).fill(1.5),
      );
      expect(garbage.length).toBe(64);
      const before = watch.figures().heapUsedMb;
      garbage = null;
      collectGarbage();
      await new Promise((resolve) => setTimeout(resolve, 50)); // observers run after the collection
      const after = watch.figures();
      expect(after.fullCollections).toBeGreaterThanOrEqual(1);
      expect(after.liveHeapMb).not.toBeNull();
      expect(after.liveHeapMb!).toBeLessThan(before - 32);
    } finally {
      watch.stop();
    }
  });
});
