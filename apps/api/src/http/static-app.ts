import { existsSync } from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Request, type Response, Router } from 'express';

/**
 * Serves a built single-page app from `dir`: hashed assets cached for a year, every other path
 * under the mount answered with index.html so that client-side routes survive a reload. Text
 * is compressed for clients that accept it (gzip or brotli): the first visit downloads about a
 * third of the bytes. Answers of /graphql are not compressed here: the reverse proxy of a
 * deployment does it (deploy/Caddyfile), and a cached answer then costs no CPU in this process.
 */
export function staticApp(dir: string, options: { exclude?: RegExp } = {}): Router {
  const router = Router();
  const index = path.join(dir, 'index.html');
  router.use(compression());
  router.use(
    '/assets',
    express.static(path.join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  router.use(express.static(dir, { index: false, maxAge: '1h' }));
  router.get(/.*/, (req: Request, res: Response, next) => {
    if (options.exclude?.test(req.path)) return next();
    if (!existsSync(index)) {
      res.status(503).type('text').send('This app has not been built: run `pnpm build`.');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
