import { type DataSource, type EntityManager } from 'typeorm';
import { forbidden, notFound, userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { type Viewer } from '../auth/viewer.js';
import { entryRole, type EntryRole } from './jury-access.js';

type Queryable = Pick<EntityManager, 'query'>;

export interface ConflictRow {
  id: string;
  practiceId: string;
  practiceTitle: string;
  userId: string;
  memberName: string;
  reason: string;
  source: 'DECLARED' | 'PROPOSED' | 'DISMISSED';
  confirmed: boolean;
  declaredAt: Date;
}

export const CONFLICT_COLUMNS = `ci.id, ci.practice_id AS "practiceId", p.title AS "practiceTitle", ci.user_id AS "userId",
  u.display_name AS "memberName", ci.reason, ci.source,
  (ci.source = 'DECLARED' OR ci.confirmed_at IS NOT NULL) AS confirmed, ci.declared_at AS "declaredAt"`;

/** A dismissed proposal, shaped as a conflict row (source DISMISSED, never confirmed). */
export const DISMISSAL_COLUMNS = `md5(cd.practice_id::text || cd.user_id::text)::uuid AS id, cd.practice_id AS "practiceId",
  p.title AS "practiceTitle", cd.user_id AS "userId", u.display_name AS "memberName",
  coalesce(cd.reason, 'Proposed by the system') AS reason, 'DISMISSED' AS source, false AS confirmed,
  cd.dismissed_at AS "declaredAt"`;

const MAX_REASON = 1000;

// The reason a proposal gives: u is the member, i the entry's institution, co its country.
const PROPOSAL_REASON = `CASE WHEN u.institution_id = i.id THEN 'Own institution: ' || i.name
                              ELSE 'Own country: ' || co.name END`;

/** Which seats to propose conflicts for: all the given filters apply (at least one is needed). */
export interface ProposalScope {
  competitionIds?: string[];
  userIds?: string[];
  practiceIds?: string[];
}

/**
 * Proposes the conflicts that follow from what is known of the members (their own institution,
 * their own country) for every seat in scope, except the ones a member dismissed. One
 * statement, idempotent; run in the same transaction as whatever changes a seat or an
 * affiliation, and before the jury's lists are read. The guards do not depend on it: they treat
 * such a match as a conflict already (see `conflictSql`).
 */
export async function proposeConflicts(
  db: Queryable,
  scope: string[] | ProposalScope,
): Promise<void> {
  const { competitionIds, userIds, practiceIds } = Array.isArray(scope)
    ? { competitionIds: scope }
    : scope;
  if (!competitionIds && !userIds && !practiceIds) return;
  if ([competitionIds, userIds, practiceIds].some((ids) => ids && !ids.length)) return;
  await db.query(
    `INSERT INTO conflict_of_interest (practice_id, user_id, reason, source)
     SELECT p.id, u.id, ${PROPOSAL_REASON}, 'PROPOSED'
       FROM jury_member jm
       JOIN user_account u ON u.id = jm.user_id
       LEFT JOIN institution ui ON ui.id = u.institution_id
       JOIN practice p ON p.competition_id = jm.competition_id AND p.status = 'SUBMITTED'
       JOIN institution i ON i.id = p.institution_id
       JOIN country co ON co.id = i.country_id
      WHERE ($1::uuid[] IS NULL OR jm.competition_id = ANY($1::uuid[]))
        AND ($2::uuid[] IS NULL OR jm.user_id = ANY($2::uuid[]))
        AND ($3::uuid[] IS NULL OR p.id = ANY($3::uuid[]))
        AND (u.institution_id = i.id OR coalesce(u.country_id, ui.country_id) = i.country_id)
        AND NOT EXISTS (SELECT 1 FROM conflict_dismissal cd WHERE cd.practice_id = p.id AND cd.user_id = u.id)
     ON CONFLICT (practice_id, user_id) DO NOTHING`,
    [competitionIds ?? null, userIds ?? null, practiceIds ?? null],
  );
}

/** Conflicts of interest: declared or withdrawn by members, proposed by the system and confirmed or dismissed. */
export class ConflictService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A member declares a conflict with an entry, with a reason (or turns a proposal into a declaration). */
  async declare(viewer: Viewer, practiceId: string, reason: string, requestId: string | null) {
    const text = reason.trim();
    if (!text) throw userInputError('Say why you have a conflict of interest.', 'reason');
    if (text.length > MAX_REASON)
      throw userInputError(`A reason has at most ${MAX_REASON} characters.`, 'reason');
    return this.dataSource.transaction(async (em) => {
      const role = await this.memberRole(em, viewer, practiceId);
      const before = await this.find(em, practiceId, viewer.userId);
      await em.query(
        `INSERT INTO conflict_of_interest (practice_id, user_id, reason, source, confirmed_at)
         VALUES ($1, $2, $3, 'DECLARED', now())
         ON CONFLICT (practice_id, user_id)
         DO UPDATE SET reason = EXCLUDED.reason, source = 'DECLARED', confirmed_at = now()`,
        [practiceId, viewer.userId, text],
      );
      await em.query(`DELETE FROM conflict_dismissal WHERE practice_id = $1 AND user_id = $2`, [
        practiceId,
        viewer.userId,
      ]);
      const after = (await this.find(em, practiceId, viewer.userId))!;
      await this.record(em, viewer, role, 'conflict.declare', before, after, requestId);
      return after;
    });
  }

  /** A member confirms a conflict the system proposed. */
  async confirm(viewer: Viewer, practiceId: string, requestId: string | null) {
    return this.dataSource.transaction(async (em) => {
      const role = await this.memberRole(em, viewer, practiceId);
      const before = await this.find(em, practiceId, viewer.userId);
      if (!before) throw notFound('This conflict of interest');
      await em.query(
        `UPDATE conflict_of_interest SET confirmed_at = coalesce(confirmed_at, now())
          WHERE practice_id = $1 AND user_id = $2`,
        [practiceId, viewer.userId],
      );
      const after = (await this.find(em, practiceId, viewer.userId))!;
      await this.record(em, viewer, role, 'conflict.confirm', before, after, requestId);
      return after;
    });
  }

  /**
   * A member withdraws a declared conflict or dismisses a proposed one; a dismissed proposal is
   * not proposed again (a declaration can be made later all the same).
   */
  async remove(viewer: Viewer, practiceId: string, requestId: string | null): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      const role = await this.memberRole(em, viewer, practiceId);
      const before = await this.find(em, practiceId, viewer.userId);
      if (!before) throw notFound('This conflict of interest');
      await em.query(`DELETE FROM conflict_of_interest WHERE id = $1`, [before.id]);
      if (before.source === 'PROPOSED')
        await em.query(
          `INSERT INTO conflict_dismissal (practice_id, user_id, reason) VALUES ($1, $2, $3)
           ON CONFLICT (practice_id, user_id) DO UPDATE SET reason = EXCLUDED.reason`,
          [practiceId, viewer.userId, before.reason],
        );
      const action = before.source === 'PROPOSED' ? 'conflict.dismiss' : 'conflict.withdraw';
      await this.record(em, viewer, role, action, before, null, requestId);
      return true;
    });
  }

  /**
   * Every conflict of the given entries (the chair's and the secretariat's view); with
   * `dismissals`, also the proposals members dismissed (source DISMISSED), so that they leave a
   * trace for the chair and the secretariat.
   */
  static listFor(
    db: Queryable,
    practiceIds: string[],
    options: { dismissals?: boolean } = {},
  ): Promise<ConflictRow[]> {
    return db.query(
      `SELECT * FROM (
         SELECT ${CONFLICT_COLUMNS} FROM conflict_of_interest ci
           JOIN practice p ON p.id = ci.practice_id JOIN user_account u ON u.id = ci.user_id
          WHERE ci.practice_id = ANY($1::uuid[])
         UNION ALL
         SELECT ${DISMISSAL_COLUMNS} FROM conflict_dismissal cd
           JOIN practice p ON p.id = cd.practice_id JOIN user_account u ON u.id = cd.user_id
          WHERE $2 AND cd.practice_id = ANY($1::uuid[])) c
        ORDER BY c."practiceTitle", c."memberName", c.source`,
      [practiceIds, options.dismissals ?? false],
    );
  }

  private async find(em: Queryable, practiceId: string, userId: string) {
    const [row] = (await em.query(
      `SELECT ${CONFLICT_COLUMNS} FROM conflict_of_interest ci
         JOIN practice p ON p.id = ci.practice_id JOIN user_account u ON u.id = ci.user_id
        WHERE ci.practice_id = $1 AND ci.user_id = $2`,
      [practiceId, userId],
    )) as ConflictRow[];
    return row ?? null;
  }

  private async memberRole(em: Queryable, viewer: Viewer, practiceId: string) {
    const role = await entryRole(em, viewer, practiceId);
    if (!role.member) throw forbidden();
    // A conflict the guards already count is written down before the member acts on it.
    await proposeConflicts(em, { practiceIds: [practiceId], userIds: [viewer.userId] });
    return role;
  }

  private record(
    em: EntityManager,
    viewer: Viewer,
    role: EntryRole,
    action: string,
    before: ConflictRow | null,
    after: ConflictRow | null,
    requestId: string | null,
  ) {
    const pick = (r: ConflictRow | null) =>
      r && { practiceId: r.practiceId, reason: r.reason, source: r.source, confirmed: r.confirmed };
    return this.audit.record(em, {
      actorId: viewer.userId,
      action,
      entityType: 'ConflictOfInterest',
      entityId: `${role.practiceId}:${viewer.userId}`,
      before: pick(before),
      after: pick(after),
      requestId,
    });
  }
}
