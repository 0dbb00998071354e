import { type Response } from 'express';
import { ZipFile } from 'yazl';

/**
 * Runs `work` over `items` with at most `limit` running at a time and yields the results in the
 * items' order. A consumer that stops early leaves at most `limit` runs to finish unobserved.
 */
export async function* inOrder<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const running: Promise<R>[] = [];
  let next = 0;
  const fill = () => {
    while (next < items.length && running.length < limit) {
      const index = next;
      next += 1;
      const result = work(items[index]!, index);
      // Awaited below in turn; this only keeps an abandoned run from being an unhandled rejection.
      result.catch(() => undefined);
      running.push(result);
    }
  };
  fill();
  while (running.length) {
    const result = await running.shift()!;
    fill();
    yield result;
  }
}

/** Resolves once `res` can take more data, or once the client has gone. */
function writable(res: Response): Promise<void> {
  if (!res.writableNeedDrain || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/**
 * Streams a ZIP of files produced one by one (`files` yields them in order) to `res`, whose
 * status and headers the caller has set. PDFs are stored, not deflated: they are compressed
 * already. The next file is produced only when the client keeps up, and production stops when
 * the client goes. A failure after the first byte can only cut the download short, so the
 * response is destroyed rather than ended: the client sees an incomplete transfer, never a
 * well-formed ZIP with files missing.
 */
export async function streamZip(
  res: Response,
  files: AsyncIterator<{ name: string; body: Buffer }>,
  first?: { name: string; body: Buffer },
): Promise<void> {
  const zip = new ZipFile();
  const mtime = new Date();
  zip.outputStream.pipe(res);
  let gone = false;
  res.on('close', () => {
    gone = true;
  });
  try {
    if (first) zip.addBuffer(first.body, first.name, { mtime, compress: false });
    for (;;) {
      await writable(res);
      if (gone) break;
      const next = await files.next();
      if (next.done) break;
      zip.addBuffer(next.value.body, next.value.name, { mtime, compress: false });
    }
  } catch (error) {
    zip.outputStream.unpipe(res);
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  if (gone) {
    // pipe() has let go of the closed response already; the rest is dropped.
    await files.return?.();
    return;
  }
  zip.end();
}
