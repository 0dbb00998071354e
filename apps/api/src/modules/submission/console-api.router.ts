import { Router } from 'express';
import { type Services } from '../../services.js';
import { sessionMiddleware } from '../auth/session.middleware.js';
import { importRouter } from '../import/import.router.js';
import { submissionExportRouter } from './submission-export.router.js';

/**
 * /console-api: what the console exchanges as files rather than GraphQL (the entries export,
 * the import and its template). Signed-in staff only; each route checks the role.
 */
export function consoleApiRouter(services: Services): Router {
  const router = Router();
  router.use(sessionMiddleware(services.sessions));
  router.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  router.use(submissionExportRouter(services));
  router.use(importRouter(services));
  return router;
}
