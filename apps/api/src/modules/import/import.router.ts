import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../graphql/errors.js';
import { localIdOrNotFound } from '../../graphql/node-id.js';
import { sendTabular, tabularFormat } from '../../http/tabular.js';
import { type Services } from '../../services.js';
import { IMPORT_COLUMNS, TEMPLATE_EXAMPLE } from './import-columns.js';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** A header no other site can make a browser send without asking first (CORS), against CSRF. */
export const IMPORT_HEADER = 'x-gpa-import';

const status = (code: string) =>
  code === ErrorCode.NOT_FOUND
    ? 404
    : code === ErrorCode.FORBIDDEN
      ? 403
      : code === ErrorCode.UNAUTHENTICATED
        ? 401
        : 400;

const fail = (res: Response, httpStatus: number, code: string, message: string) =>
  res.status(httpStatus).json({ errors: [{ message, extensions: { code } }] });

const TOO_LARGE = `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB; import its entries in several files.`;
const rawBody = express.raw({ type: () => true, limit: MAX_IMPORT_BYTES });

/** The uploaded file as a Buffer, refused with a clear 413 past the limit (before reading it when the size is announced). */
function readFile(req: Request, res: Response, next: NextFunction) {
  if (Number(req.get('content-length') ?? 0) > MAX_IMPORT_BYTES)
    return fail(res, 413, 'PAYLOAD_TOO_LARGE', TOO_LARGE);
  rawBody(req, res, (error?: unknown) => {
    if ((error as { type?: string } | undefined)?.type === 'entity.too.large')
      return fail(res, 413, 'PAYLOAD_TOO_LARGE', TOO_LARGE);
    next(error);
  });
}

/**
 * POST /console-api/competitions/:id/import?filename=entries.csv[&dryRun=1] with the file as
 * the body: the dry run's or the import's report as JSON (422 when the import refused the file
 * and wrote nothing). GET /console-api/import-template.csv|.xlsx: the documented template.
 */
export function importRouter(services: Services): Router {
  const router = Router();

  router.get('/import-template.:format', async (req: Request, res: Response) => {
    const format = tabularFormat(req.params.format);
    if (!format) return fail(res, 404, ErrorCode.NOT_FOUND, 'Not found.');
    await sendTabular(res, {
      format,
      filename: 'entries-import-template',
      sheetName: 'Entries',
      columns: IMPORT_COLUMNS.map((c) => ({ ...c, width: 30 })),
      rows: [TEMPLATE_EXAMPLE],
    });
  });

  router.get('/import-columns', (_req: Request, res: Response) => {
    res.json(
      IMPORT_COLUMNS.map((c) => ({
        name: c.header,
        required: c.required,
        description: c.description,
      })),
    );
  });

  router.post(
    '/competitions/:id/import',
    (req: Request, res: Response, next: NextFunction) => {
      if (!req.viewer) return fail(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first.');
      if (req.get(IMPORT_HEADER) !== '1')
        return fail(res, 400, ErrorCode.BAD_USER_INPUT, `Send the ${IMPORT_HEADER} header.`);
      next();
    },
    readFile,
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const competitionId = localIdOrNotFound(
          String(req.params.id),
          'Competition',
          'This competition',
        );
        const filename = typeof req.query.filename === 'string' ? req.query.filename : '';
        const data = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const dryRun = req.query.dryRun === '1' || req.query.dryRun === 'true';
        const report = await services.imports.run(
          req.viewer!,
          competitionId,
          { name: filename, data },
          { dryRun, requestId: typeof req.id === 'string' ? req.id : null },
        );
        res.status(dryRun || report.committed ? 200 : 422).json(report);
      } catch (error) {
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code);
          return fail(res, status(code), code, error.message);
        }
        next(error);
      }
    },
  );
  return router;
}
