import { type CompetitionStatus } from '@gpa/shared';
import { type EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../graphql/errors.js';
import { hasRole, type Viewer } from '../auth/viewer.js';

type Queryable = Pick<EntityManager, 'query'>;

/** Who the viewer is for one competition's jury work. */
export interface JuryRole {
  competitionId: string;
  competitionTitle: string;
  status: CompetitionStatus;
  userId: string;
  secretariat: boolean;
  /** Holds a seat on this jury (with the JURY role). */
  member: boolean;
  chair: boolean;
}

/** The same, for one entry of that competition. */
export interface EntryRole extends JuryRole {
  practiceId: string;
  /** The viewer has a conflict of interest (declared, or proposed and not dismissed) with the entry. */
  conflicted: boolean;
}

/** Decisions and assessments are frozen once the competition is DECIDED. */
export const LOCKED_STATUSES: readonly CompetitionStatus[] = ['DECIDED', 'PUBLISHED'];

/**
 * SQL condition: the user has a conflict of interest with the entry — a stored conflict, or the
 * user's own institution or own country matches the entry's and the member has not dismissed
 * that proposal. The guards use this, so a proposal counts before it is written down.
 * `practice` and `user` are SQL expressions (a column or a parameter).
 */
export function conflictSql(practice: string, user: string): string {
  return `(EXISTS (SELECT 1 FROM conflict_of_interest cix WHERE cix.practice_id = ${practice} AND cix.user_id = ${user})
    OR EXISTS (SELECT 1 FROM practice px JOIN institution pix ON pix.id = px.institution_id
                 JOIN user_account ux ON ux.id = ${user}
                 LEFT JOIN institution uix ON uix.id = ux.institution_id
                WHERE px.id = ${practice}
                  AND (ux.institution_id = pix.id OR coalesce(ux.country_id, uix.country_id) = pix.country_id)
                  AND NOT EXISTS (SELECT 1 FROM conflict_dismissal cdx WHERE cdx.practice_id = px.id AND cdx.user_id = ux.id)))`;
}

const ROLE_COLUMNS = `c.id AS "competitionId", c.title AS "competitionTitle", c.status,
  (jm.id IS NOT NULL) AS "seated", coalesce(jm.is_chair, false) AS chair`;

function toRole(viewer: Viewer, row: Record<string, unknown>): JuryRole {
  const secretariat = hasRole(viewer, 'SECRETARIAT');
  const member = !!row.seated && hasRole(viewer, 'JURY');
  return {
    competitionId: row.competitionId as string,
    competitionTitle: row.competitionTitle as string,
    status: row.status as CompetitionStatus,
    userId: viewer.userId,
    secretariat,
    member,
    chair: member && !!row.chair,
  };
}

/**
 * The viewer's standing on a competition's jury. Anyone neither on this jury nor in the
 * secretariat gets NOT_FOUND, so that the competition's existence is not revealed.
 */
export async function competitionRole(
  db: Queryable,
  viewer: Viewer,
  competitionId: string,
): Promise<JuryRole> {
  if (!hasRole(viewer, 'SECRETARIAT', 'JURY')) throw forbidden();
  const [row] = await db.query(
    `SELECT ${ROLE_COLUMNS} FROM competition c
       LEFT JOIN jury_member jm ON jm.competition_id = c.id AND jm.user_id = $2
      WHERE c.id = $1`,
    [competitionId, viewer.userId],
  );
  const role = row ? toRole(viewer, row) : null;
  if (!role || (!role.member && !role.secretariat)) throw notFound('This competition');
  return role;
}

/** The viewer's standing for one entry; NOT_FOUND as for its competition. */
export async function entryRole(
  db: Queryable,
  viewer: Viewer,
  practiceId: string,
  options: { lock?: boolean } = {},
): Promise<EntryRole> {
  if (!hasRole(viewer, 'SECRETARIAT', 'JURY')) throw forbidden();
  const [row] = await db.query(
    `SELECT ${ROLE_COLUMNS}, p.id AS "practiceId",
            ${conflictSql('p.id', '$2::uuid')} AS conflicted
       FROM practice p JOIN competition c ON c.id = p.competition_id
       LEFT JOIN jury_member jm ON jm.competition_id = c.id AND jm.user_id = $2
      WHERE p.id = $1 AND p.status = 'SUBMITTED'
      ${options.lock ? 'FOR UPDATE OF c' : ''}`,
    [practiceId, viewer.userId],
  );
  const role = row ? toRole(viewer, row) : null;
  if (!role || (!role.member && !role.secretariat)) throw notFound('This entry');
  // Only a seat makes a conflict: the secretariat sees everything.
  return { ...role, practiceId, conflicted: role.member && !!row.conflicted };
}
