import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { ENTRY_STATUSES, OUTCOME_LABELS, OUTCOMES, slugify } from '@gpa/shared';
import { ErrorCode } from '../../graphql/errors.js';
import { fromGlobalId, localIdOrNotFound } from '../../graphql/node-id.js';
import { sendTabular, tabularFormat, type TabularColumn } from '../../http/tabular.js';
import { type Services } from '../../services.js';
import { type SubmissionSort, SUBMISSION_SORTS } from './submission-list.service.js';

export const EXPORT_COLUMNS: TabularColumn[] = [
  { key: 'title', header: 'Title', width: 50 },
  { key: 'institutionName', header: 'Institution', width: 40 },
  { key: 'countryCode', header: 'Country code', width: 8 },
  { key: 'countryName', header: 'Country', width: 20 },
  { key: 'status', header: 'Status', width: 12 },
  { key: 'priorityAreas', header: 'Priority areas', width: 50 },
  { key: 'outcome', header: 'Outcome', width: 30 },
  { key: 'inOperationSince', header: 'In operation since', width: 10 },
  { key: 'words', header: 'Words', width: 8 },
  { key: 'summary', header: 'Summary', width: 80 },
  { key: 'updatedAt', header: 'Last saved', width: 22 },
];

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value]).filter(
    (v): v is string => typeof v === 'string' && v !== '',
  );

const ids = (value: unknown, type: 'Institution' | 'PriorityArea') =>
  list(value).map((v) => {
    const parsed = fromGlobalId(v);
    if (!parsed || parsed.type !== type) throw badRequest(`"${v}" is not a valid id.`);
    return parsed.id;
  });

const badRequest = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });

/**
 * GET /console-api/competitions/:id/entries.csv|.xlsx with the table's filters in the query
 * string (status, country, institution, area, outcome, undecided, search, sort, desc): the
 * current view of the entries table as a download. Secretariat only.
 */
export function submissionExportRouter(services: Services): Router {
  const router = Router();
  router.get(
    '/competitions/:id/entries.:format',
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const format = tabularFormat(req.params.format);
        if (!format) throw badRequest('Export as csv or xlsx.');
        if (!req.viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first.');
        const competitionId = localIdOrNotFound(
          String(req.params.id),
          'Competition',
          'This competition',
        );
        const q = req.query;
        const sort = (typeof q.sort === 'string' ? q.sort : 'TITLE') as SubmissionSort;
        if (!SUBMISSION_SORTS.includes(sort)) throw badRequest('Unknown sort.');
        const statuses = list(q.status);
        const outcomes = list(q.outcome);
        if (statuses.some((s) => !(ENTRY_STATUSES as readonly string[]).includes(s)))
          throw badRequest('Unknown status.');
        if (outcomes.some((o) => !(OUTCOMES as readonly string[]).includes(o)))
          throw badRequest('Unknown outcome.');
        const rows = await services.submissionList.all(req.viewer, competitionId, {
          filter: {
            search: typeof q.search === 'string' ? q.search : null,
            statuses: statuses as never,
            countryCodes: list(q.country),
            institutionIds: ids(q.institution, 'Institution'),
            priorityAreaIds: ids(q.area, 'PriorityArea'),
            outcomes: outcomes as never,
            undecided: q.undecided === '1' || q.undecided === 'true',
          },
          sort,
          descending: q.desc === '1' || q.desc === 'true',
        });
        const title = (await services.submissionList.competitionTitle(competitionId)) ?? 'entries';
        await sendTabular(res, {
          format,
          filename: `${slugify(title)}-entries`,
          sheetName: 'Entries',
          columns: EXPORT_COLUMNS,
          rows: rows.map((r) => ({
            ...r,
            outcome: r.outcome ? OUTCOME_LABELS[r.outcome] : '',
            updatedAt: new Date(r.updatedAt).toISOString(),
          })),
        });
      } catch (error) {
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code);
          const status =
            code === ErrorCode.NOT_FOUND
              ? 404
              : code === ErrorCode.FORBIDDEN
                ? 403
                : code === ErrorCode.UNAUTHENTICATED
                  ? 401
                  : 400;
          return sendError(res, status, code, error.message);
        }
        next(error);
      }
    },
  );
  return router;
}

export function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
