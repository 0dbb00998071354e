import { type DataSource } from 'typeorm';
import {
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

const COMPETITION_COLUMNS = `c.id, c.slug, c.title, c.region, c.year, c.status, c.version, c.published_at AS "publishedAt",
  (SELECT count(*)::int FROM practice p WHERE p.competition_id = c.id AND p.status = 'SUBMITTED') AS "entryCount",
  (SELECT count(*)::int FROM practice p JOIN decision d ON d.practice_id = p.id
    WHERE p.competition_id = c.id AND p.status = 'SUBMITTED') AS "decidedCount"`;

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
      if (status === 'PUBLISHED') await this.assertPublishable(em, id);
      await em.query(
        `UPDATE competition SET status = $2::competition_status, version = version + 1, updated_at = now(),
                published_at = CASE WHEN $2 = 'PUBLISHED' THEN now() ELSE published_at END
          WHERE id = $1`,
        [id, status],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: status === 'PUBLISHED' ? 'competition.publish' : 'competition.status',
        entityType: 'Competition',
        entityId: id,
        before: { status: current.status, version: current.version },
        after: { status, version: current.version + 1 },
        requestId,
      });
    });
    return this.get(viewer, id);
  }

  private async assertPublishable(em: { query: DataSource['query'] }, id: string): Promise<void> {
    const [check] = await em.query(
      `SELECT count(*) FILTER (WHERE d.practice_id IS NULL)::int AS undecided,
              count(*) FILTER (WHERE d.outcome = 'AWARD')::int AS awards,
              count(*) FILTER (WHERE d.outcome = ANY($2::outcome[]) AND coalesce(trim(d.jury_text), '') = '')::int AS "missingText"
         FROM practice p LEFT JOIN decision d ON d.practice_id = p.id
        WHERE p.competition_id = $1 AND p.status = 'SUBMITTED'`,
      [id, OUTCOMES_WITH_JURY_TEXT],
    );
    const problems: string[] = [];
    if (check.undecided) problems.push(`${check.undecided} entries have no decision.`);
    if (check.awards > 1) problems.push('A competition has one Award.');
    if (check.missingText)
      problems.push(`${check.missingText} Award or special mention decisions have no jury text.`);
    if (problems.length)
      throw userInputError(
        `This competition cannot be published yet: ${problems.join(' ')}`,
        'status',
      );
  }
}
