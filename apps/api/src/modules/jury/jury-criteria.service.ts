import { type DataSource, type EntityManager } from 'typeorm';
import { conflict, userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { type Viewer } from '../auth/viewer.js';
import { forbidden } from '../../graphql/errors.js';
import { competitionRole, LOCKED_STATUSES } from './jury-access.js';

export interface CriterionRow {
  id: string;
  competitionId: string;
  position: number;
  name: string;
  description: string;
  weight: number;
  /** The version of the competition's whole list. */
  listVersion: number;
}

export interface CriterionInput {
  id?: string | null;
  name: string;
  description?: string | null;
  weight: number;
}

/** The programme's criteria, given to a competition whose secretariat has set none. */
export const DEFAULT_CRITERIA: readonly Omit<CriterionInput, 'id'>[] = [
  {
    name: 'Innovation',
    description: 'How new the approach is for the institution and for social security.',
    weight: 1,
  },
  {
    name: 'Results',
    description: 'Measured effects against the targets, with before and after figures.',
    weight: 1,
  },
  {
    name: 'Replicability',
    description: 'How readily other institutions could adopt it.',
    weight: 1,
  },
  {
    name: 'Relevance',
    description: "Fit with the triennium's priority areas and the needs of the people covered.",
    weight: 1,
  },
];

const MAX_CRITERIA = 12;

type Queryable = Pick<EntityManager, 'query'>;

/** Criteria of a competition, in order; creates the defaults the first time (idempotent, race-safe). */
export async function criteriaOf(db: Queryable, competitionId: string): Promise<CriterionRow[]> {
  const select = () =>
    db.query(
      `SELECT id, competition_id AS "competitionId", position, name, description, weight::float8 AS weight,
              list_version AS "listVersion"
         FROM jury_criterion WHERE competition_id = $1 ORDER BY position, name`,
      [competitionId],
    ) as Promise<CriterionRow[]>;
  const rows = await select();
  if (rows.length) return rows;
  await db.query(
    `INSERT INTO jury_criterion (competition_id, position, name, description, weight)
     SELECT $1, d.position, d.name, d.description, d.weight
       FROM jsonb_to_recordset($2::jsonb) AS d(position int, name text, description text, weight numeric)
      WHERE NOT EXISTS (SELECT 1 FROM jury_criterion WHERE competition_id = $1)
     ON CONFLICT (competition_id, name) DO NOTHING`,
    [competitionId, JSON.stringify(DEFAULT_CRITERIA.map((c, i) => ({ ...c, position: i + 1 })))],
  );
  return select();
}

/** The criteria each entry is scored on, set by the secretariat. */
export class JuryCriteriaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(viewer: Viewer, competitionId: string): Promise<CriterionRow[]> {
    await competitionRole(this.dataSource, viewer, competitionId);
    return criteriaOf(this.dataSource, competitionId);
  }

  /**
   * Replaces the list, naming the list version it read (a stale one gets CONFLICT with the
   * current list): criteria named by id keep their scores, new ones are added, the ones left
   * out are removed with their scores — but once judging has started, a criterion that has
   * scores cannot be removed. Secretariat only; audited.
   */
  async save(
    viewer: Viewer,
    competitionId: string,
    input: CriterionInput[],
    expectedVersion: number | null | undefined,
    requestId: string | null,
  ): Promise<CriterionRow[]> {
    const criteria = validate(input);
    return this.dataSource.transaction(async (em) => {
      const role = await competitionRole(em, viewer, competitionId);
      if (!role.secretariat) throw forbidden();
      if (expectedVersion == null)
        throw userInputError(
          'Name the version of the criteria you read (listVersion).',
          'expectedVersion',
        );
      await em.query(`SELECT id FROM competition WHERE id = $1 FOR UPDATE`, [competitionId]);
      const before = await criteriaOf(em, competitionId);
      const version = before[0]?.listVersion ?? 1;
      if (version !== expectedVersion)
        throw conflict('The criteria were changed meanwhile; here they are now.', before);
      const known = new Set(before.map((c) => c.id));
      const unknown = criteria.find((c) => c.id && !known.has(c.id));
      if (unknown) throw userInputError('A criterion is not one of this competition.', 'criteria');
      const kept = criteria.filter((c) => c.id).map((c) => c.id!);
      if (role.status === 'JUDGING' || LOCKED_STATUSES.includes(role.status)) {
        const [scored]: { name: string }[] = await em.query(
          `SELECT c.name FROM jury_criterion c
            WHERE c.competition_id = $1 AND NOT (c.id = ANY($2::uuid[]))
              AND EXISTS (SELECT 1 FROM jury_score s WHERE s.criterion_id = c.id)
            ORDER BY c.position LIMIT 1`,
          [competitionId, kept],
        );
        if (scored)
          throw userInputError(
            `"${scored.name}" already has scores: once judging has started, a criterion with scores cannot be removed.`,
            'criteria',
          );
      }
      await em.query(
        `DELETE FROM jury_criterion WHERE competition_id = $1 AND NOT (id = ANY($2::uuid[]))`,
        [competitionId, kept],
      );
      // Names are unique per competition: move the kept ones out of the way before renaming.
      await em.query(`UPDATE jury_criterion SET name = id::text WHERE competition_id = $1`, [
        competitionId,
      ]);
      for (const [index, c] of criteria.entries()) {
        const values = [
          competitionId,
          index + 1,
          c.name,
          c.description ?? '',
          c.weight,
          version + 1,
        ];
        if (c.id)
          await em.query(
            `UPDATE jury_criterion SET position = $2, name = $3, description = $4, weight = $5, list_version = $6
              WHERE competition_id = $1 AND id = $7`,
            [...values, c.id],
          );
        else
          await em.query(
            `INSERT INTO jury_criterion (competition_id, position, name, description, weight, list_version)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            values,
          );
      }
      const after = await criteriaOf(em, competitionId);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'jury.criteria',
        entityType: 'Competition',
        entityId: competitionId,
        before,
        after,
        requestId,
      });
      return after;
    });
  }
}

function validate(input: CriterionInput[]): CriterionInput[] {
  if (!input.length) throw userInputError('Give at least one criterion.', 'criteria');
  if (input.length > MAX_CRITERIA)
    throw userInputError(`At most ${MAX_CRITERIA} criteria.`, 'criteria');
  const names = new Set<string>();
  return input.map((c) => {
    const name = c.name.trim();
    if (!name || name.length > 80)
      throw userInputError('Each criterion needs a name of 1 to 80 characters.', 'criteria');
    if (names.has(name.toLowerCase()))
      throw userInputError(`The criterion "${name}" is named twice.`, 'criteria');
    names.add(name.toLowerCase());
    if (!Number.isFinite(c.weight) || c.weight <= 0 || c.weight > 100)
      throw userInputError('A weight is a number above 0 and at most 100.', 'criteria');
    const description = (c.description ?? '').trim();
    if (description.length > 1000)
      throw userInputError('A description has at most 1000 characters.', 'criteria');
    return { id: c.id ?? null, name, description, weight: Math.round(c.weight * 100) / 100 };
  });
}
