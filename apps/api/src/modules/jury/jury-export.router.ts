import { Router, type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import { OUTCOME_LABELS, slugify, type Outcome } from '@gpa/shared';
import { ErrorCode } from '../../graphql/errors.js';
import { localIdOrNotFound } from '../../graphql/node-id.js';
import { sendTabular, tabularFormat, type TabularColumn } from '../../http/tabular.js';
import { type Services } from '../../services.js';
import { sessionMiddleware } from '../auth/session.middleware.js';

const KINDS = ['scores', 'aggregates', 'decisions'] as const;
type Kind = (typeof KINDS)[number];

const label = (o: Outcome | null) => (o ? OUTCOME_LABELS[o] : '');
const round = (n: number | null) => (n == null ? null : Math.round(n * 100) / 100);

const STATUS: Record<string, number> = {
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.UNAUTHENTICATED]: 401,
};

/**
 * GET /console-api/competitions/:id/jury-scores|jury-aggregates|jury-decisions.csv|.xlsx: every
 * member's raw scores per criterion, the chair's table, and the decisions, as downloads. The
 * chair and the secretariat only; a conflicted chair gets nothing of the entries concerned.
 */
export function juryExportRouter(services: Services): Router {
  const router = Router();
  const session = sessionMiddleware(services.sessions);
  // Mounted beside the other /console-api routers: resolve the session unless one of them did.
  router.use((req, res, next) => (req.viewer === undefined ? session(req, res, next) : next()));
  router.get(
    '/competitions/:id/jury-:kind.:format',
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        if (!req.viewer) return sendError(res, 401, ErrorCode.UNAUTHENTICATED, 'Sign in first.');
        const format = tabularFormat(String(req.params.format));
        const kind = String(req.params.kind) as Kind;
        if (!format || !KINDS.includes(kind))
          return sendError(res, 404, ErrorCode.NOT_FOUND, 'Not found.');
        const competitionId = localIdOrNotFound(
          String(req.params.id),
          'Competition',
          'This competition',
        );
        const download = await build(services, req, competitionId, kind);
        await sendTabular(res, { format, ...download });
      } catch (error) {
        if (error instanceof GraphQLError) {
          const code = String(error.extensions.code);
          return sendError(res, STATUS[code] ?? 400, code, error.message);
        }
        next(error);
      }
    },
  );
  return router;
}

async function build(services: Services, req: Request, competitionId: string, kind: Kind) {
  const viewer = req.viewer!;
  if (kind === 'scores') {
    const { role, criteria, rows } = await services.jury.table.rawScores(viewer, competitionId);
    const columns: TabularColumn[] = [
      { key: 'entry', header: 'Entry', width: 50 },
      { key: 'institution', header: 'Institution', width: 40 },
      { key: 'member', header: 'Member', width: 25 },
      { key: 'status', header: 'Status', width: 10 },
      ...criteria.map((c) => ({
        key: `criterion:${c.id}`,
        header: `${c.name} (×${Number(c.weight)})`,
        width: 14,
      })),
      { key: 'weighted', header: 'Weighted score', width: 14 },
      { key: 'proposedOutcome', header: 'Proposed outcome', width: 30 },
      { key: 'memberConflicted', header: 'Member has a conflict', width: 12 },
    ];
    return {
      filename: `${slugify(role.competitionTitle)}-jury-scores`,
      sheetName: 'Scores',
      columns,
      rows: rows.map((r: Record<string, unknown>) => ({
        ...r,
        weighted: round(r.weighted as number | null),
        proposedOutcome: label(r.proposedOutcome as Outcome | null),
        memberConflicted: r.memberConflicted ? 'yes' : '',
      })),
    };
  }
  const { role, rows } = await services.jury.table.table(viewer, competitionId);
  if (kind === 'aggregates')
    return {
      filename: `${slugify(role.competitionTitle)}-jury-aggregates`,
      sheetName: 'Aggregates',
      columns: [
        { key: 'rank', header: 'No.', width: 6 },
        { key: 'title', header: 'Entry', width: 50 },
        { key: 'institutionName', header: 'Institution', width: 40 },
        { key: 'countryCode', header: 'Country', width: 8 },
        { key: 'submittedCount', header: 'Assessments', width: 12 },
        { key: 'weightedMean', header: 'Weighted mean', width: 14 },
        { key: 'median', header: 'Median', width: 10 },
        { key: 'spread', header: 'Spread', width: 10 },
        { key: 'award', header: 'Proposed: Award', width: 10 },
        { key: 'specialMention', header: 'Proposed: Special mention', width: 10 },
        { key: 'merit', header: 'Proposed: Certificate of Merit', width: 10 },
        { key: 'attestation', header: 'Proposed: Attestation', width: 10 },
        { key: 'conflicts', header: 'Conflicts of interest', width: 40 },
        { key: 'outcome', header: 'Decision', width: 30 },
      ] satisfies TabularColumn[],
      rows: rows.map((r) => ({
        rank: r.rank,
        title: r.title,
        institutionName: r.institutionName,
        countryCode: r.countryCode,
        submittedCount: r.submittedCount,
        weightedMean: round(r.weightedMean),
        median: round(r.median),
        spread: round(r.spread),
        award: Number(r.tally.AWARD),
        specialMention: Number(r.tally.CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION),
        merit: Number(r.tally.CERTIFICATE_OF_MERIT),
        attestation: Number(r.tally.ATTESTATION),
        conflicts: r.conflicts.map((c) => `${c.memberName} (${c.reason})`),
        outcome: label(r.outcome),
      })),
    };
  return {
    filename: `${slugify(role.competitionTitle)}-jury-decisions`,
    sheetName: 'Decisions',
    columns: [
      { key: 'rank', header: 'No.', width: 6 },
      { key: 'title', header: 'Entry', width: 50 },
      { key: 'institutionName', header: 'Institution', width: 40 },
      { key: 'countryCode', header: 'Country', width: 8 },
      { key: 'outcome', header: 'Decision', width: 30 },
      { key: 'juryText', header: "Jury's comment or special mention", width: 80 },
      { key: 'decidedBy', header: 'Recorded by', width: 25 },
      { key: 'decidedAt', header: 'Recorded at', width: 22 },
    ] satisfies TabularColumn[],
    rows: rows.map((r) => ({
      rank: r.rank,
      title: r.title,
      institutionName: r.institutionName,
      countryCode: r.countryCode,
      outcome: label(r.outcome),
      juryText: r.juryText,
      decidedBy: r.decidedByName,
      decidedAt: r.decidedAt ? new Date(r.decidedAt).toISOString() : null,
    })),
  };
}

function sendError(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}
