import { type DataSource } from 'typeorm';
import {
  COMPETITION_STATUSES,
  COMPETITION_TRANSITIONS,
  OUTCOMES_WITH_JURY_TEXT,
  type CompetitionStatus,
} from '@gpa/shared';
import { conflict, notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';

export interface ManagedCompetitionRow {
  id: string;
  slug: string;
  title: string;
  region: string;
  year: number;
  status: CompetitionStatus;
  version: number;
  publishedAt: Date | null;
  entryCount: number;
  decidedCount: number;
  trienniumId: string;
  trienniumStartYear: number;
  trienniumEndYear: number;
  forumName: string | null;
  forumPlace: string | null;
  forumDate: string | null;
  submissionDeadline: string | null;
  introduction: string;
  juryIntroduction: string;
  portalNote: string | null;
  draftCount: number;
  withdrawnCount: number;
}

export interface ManagedEntryRow {
  id: string;
  slug: string;
  title: string;
  status: string;
  institutionName: string;
  countryCode: string;
  outcome: string | null;
  juryText: string | null;
}

export const COMPETITION_COLUMNS = `c.id, c.slug, c.title, c.region, c.year, c.status, c.version, c.published_at AS "publishedAt",
  (SELECT count(*)::int FROM practice p WHERE p.competition_id = c.id AND p.status = 'SUBMITTED') AS "entryCount",
  (SELECT count(*)::int FROM practice p JOIN decision d ON d.practice_id = p.id
    WHERE p.competition_id = c.id AND p.status = 'SUBMITTED') AS "decidedCount",
  (SELECT count(*)::int FROM practice p WHERE p.competition_id = c.id AND p.status = 'DRAFT') AS "draftCount",
  (SELECT count(*)::int FROM practice p WHERE p.competition_id = c.id AND p.status = 'WITHDRAWN') AS "withdrawnCount",
  c.triennium_id AS "trienniumId",
  (SELECT t.start_year FROM triennium t WHERE t.id = c.triennium_id) AS "trienniumStartYear",
  (SELECT t.end_year FROM triennium t WHERE t.id = c.triennium_id) AS "trienniumEndYear",
  c.forum_name AS "forumName", c.forum_place AS "forumPlace",
  to_char(c.forum_date, 'YYYY-MM-DD') AS "forumDate",
  to_char(c.submission_deadline, 'YYYY-MM-DD') AS "submissionDeadline",
  c.introduction, c.jury_introduction AS "juryIntroduction", c.portal_note AS "portalNote"`;

/** The staff side of competitions: reading them whatever their status, and moving them through their lifecycle. */
export class CompetitionAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Viewer): Promise<ManagedCompetitionRow[]> {
    const scope = await this.access.competitionScope(viewer);
    return this.dataSource.query(
      `SELECT ${COMPETITION_COLUMNS} FROM competition c
        WHERE $1::uuid[] IS NULL OR c.id = ANY($1::uuid[])
        ORDER BY c.year DESC, c.region`,
      [scope],
    );
  }

  async get(viewer: Viewer, id: string): Promise<ManagedCompetitionRow> {
    await this.access.assertCanSeeCompetition(viewer, id);
    const [row] = await this.dataSource.query(
      `SELECT ${COMPETITION_COLUMNS} FROM competition c WHERE c.id = $1`,
      [id],
    );
    if (!row) throw notFound('This competition');
    return row;
  }

  /** The entries the viewer may see, in the booklet's order; conflicted entries are left out for jury members. */
  async entries(viewer: Viewer, competitionId: string): Promise<ManagedEntryRow[]> {
    await this.access.assertCanSeeCompetition(viewer, competitionId);
    const hidden = await this.access.conflictedPracticeIds(viewer, competitionId);
    return this.dataSource.query(
      `SELECT p.id, p.slug, p.title, p.status, i.name AS "institutionName", co.code AS "countryCode",
              d.outcome, d.jury_text AS "juryText"
         FROM practice p JOIN institution i ON i.id = p.institution_id JOIN country co ON co.id = i.country_id
         LEFT JOIN decision d ON d.practice_id = p.id
        WHERE p.competition_id = $1 AND NOT (p.id = ANY($2::uuid[]))
        ORDER BY array_position(enum_range(NULL::outcome), d.outcome) NULLS LAST, p.position NULLS LAST,
                 co.sort_name, i.name, p.title, p.id`,
      [competitionId, hidden],
    );
  }

  /**
   * Moves a competition one step in its lifecycle. The caller names the version it saw; a
   * concurrent change is refused with the current state. Publishing checks the decisions and
   * makes everything public in one statement.
   */
  async setStatus(
    viewer: Viewer,
    id: string,
    status: CompetitionStatus,
    expectedVersion: number,
    requestId: string | null,
  ): Promise<ManagedCompetitionRow> {
    this.access.assertSecretariat(viewer);
    await this.dataSource.transaction(async (em) => {
      const [current] = await em.query(
        `SELECT ${COMPETITION_COLUMNS} FROM competition c WHERE c.id = $1 FOR UPDATE`,
        [id],
      );
      if (!current) throw notFound('This competition');
      if (current.version !== expectedVersion) {
        throw conflict(
          'The competition was changed meanwhile; here is its current state.',
          current,
        );
      }
      if (!COMPETITION_TRANSITIONS[current.status as CompetitionStatus].includes(status)) {
        throw userInputError(
          `A competition cannot go from ${current.status} to ${status}.`,
          'status',
        );
      }
      await this.assertStepAllowed(em, current, status);
      await em.query(
        `UPDATE competition SET status = $2::competition_status, version = version + 1, updated_at = now(),
                published_at = CASE WHEN $2 = 'PUBLISHED' THEN now() ELSE published_at END
          WHERE id = $1`,
        [id, status],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action:
          status === 'PUBLISHED'
            ? 'competition.publish'
            : current.status === 'PUBLISHED'
              ? 'competition.unpublish'
              : 'competition.status',
        entityType: 'Competition',
        entityId: id,
        before: { status: current.status, version: current.version },
        after: { status, version: current.version + 1 },
        requestId,
      });
    });
    return this.get(viewer, id);
  }

  /**
   * The rules each step implies. Opening needs a deadline; judging starts once no entry is
   * left as a draft; a competition is decided when every entry that was not withdrawn has a
   * decision; publishing also needs exactly one Award and the public texts of the decisions.
   */
  private async assertStepAllowed(
    em: { query: DataSource['query'] },
    current: ManagedCompetitionRow,
    status: CompetitionStatus,
  ): Promise<void> {
    const forward =
      COMPETITION_STATUSES.indexOf(status) > COMPETITION_STATUSES.indexOf(current.status);
    if (!forward) return;
    const problems: string[] = [];
    if (status === 'OPEN' && !current.submissionDeadline)
      problems.push('Set the submission deadline first.');
    if (status === 'JUDGING') {
      if (current.draftCount)
        problems.push(
          `${current.draftCount} ${current.draftCount === 1 ? 'entry is' : 'entries are'} still a draft: submit or withdraw ${current.draftCount === 1 ? 'it' : 'them'} first.`,
        );
      if (!current.entryCount) problems.push('It has no submitted entry.');
    }
    if (status === 'DECIDED' || status === 'PUBLISHED') {
      const [check] = await em.query(
        `SELECT count(*) FILTER (WHERE d.practice_id IS NULL)::int AS undecided,
                count(*) FILTER (WHERE d.outcome = 'AWARD')::int AS awards,
                count(*) FILTER (WHERE d.outcome = ANY($2::outcome[]) AND coalesce(trim(d.jury_text), '') = '')::int AS "missingText"
           FROM practice p LEFT JOIN decision d ON d.practice_id = p.id
          WHERE p.competition_id = $1 AND p.status <> 'WITHDRAWN'`,
        [current.id, OUTCOMES_WITH_JURY_TEXT],
      );
      if (check.undecided)
        problems.push(
          `${check.undecided} ${check.undecided === 1 ? 'entry has' : 'entries have'} no decision.`,
        );
      if (status === 'PUBLISHED') {
        if (check.awards !== 1)
          problems.push(`A competition has exactly one Award; it has ${check.awards}.`);
        if (check.missingText)
          problems.push(
            `${check.missingText} Award or special mention decisions have no jury text.`,
          );
      }
    }
    if (problems.length) {
      const what =
        status === 'PUBLISHED'
          ? 'published'
          : status === 'OPEN'
            ? 'opened for entries'
            : status === 'JUDGING'
              ? 'moved to judging'
              : 'marked as decided';
      throw userInputError(
        `This competition cannot be ${what} yet: ${problems.join(' ')}`,
        'status',
      );
    }
  }
}
