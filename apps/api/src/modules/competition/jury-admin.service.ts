import { type DataSource, type EntityManager } from 'typeorm';
import { conflict, notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';
import { proposeConflicts } from '../jury/conflict.service.js';

export interface JuryMemberRow {
  id: string;
  competitionId: string;
  position: number;
  description: string;
  name: string | null;
  isChair: boolean;
  userId: string | null;
  userName: string | null;
  userEmail: string | null;
  /** Entries the member has to assess: submitted ones, less those they have a conflict with. */
  entriesTotal: number;
  /** Of those, how many they have submitted an assessment for; null for a seat without an account. */
  assessed: number | null;
  /** Moves on with every change of the description or printed name. */
  version: number;
  /** The account's own institution (local id) and country, as set with setJurorAffiliation. */
  affiliationInstitutionLocalId: string | null;
  affiliationInstitutionName: string | null;
  affiliationCountryCode: string | null;
}

export interface JuryCandidateRow {
  id: string;
  displayName: string;
  email: string;
}

const MEMBER_COLUMNS = `j.id, j.competition_id AS "competitionId", j.position, j.description, j.name,
  j.is_chair AS "isChair", j.version, j.user_id AS "userId", u.display_name AS "userName", u.email AS "userEmail",
  u.institution_id AS "affiliationInstitutionLocalId",
  (SELECT i.name FROM institution i WHERE i.id = u.institution_id) AS "affiliationInstitutionName",
  (SELECT c.code FROM country c WHERE c.id = u.country_id) AS "affiliationCountryCode",
  (SELECT count(*)::int FROM practice p
    WHERE p.competition_id = j.competition_id AND p.status = 'SUBMITTED'
      AND NOT EXISTS (SELECT 1 FROM conflict_of_interest ci WHERE ci.practice_id = p.id AND ci.user_id = j.user_id)
  ) AS "entriesTotal",
  CASE WHEN j.user_id IS NULL THEN NULL ELSE
  (SELECT count(*)::int FROM jury_assessment a JOIN practice p ON p.id = a.practice_id
    WHERE a.user_id = j.user_id AND p.competition_id = j.competition_id AND p.status = 'SUBMITTED'
      AND a.submitted_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM conflict_of_interest ci WHERE ci.practice_id = p.id AND ci.user_id = j.user_id))
  END AS assessed`;

const MAX_DESCRIPTION = 500;

/** A competition's jury as the secretariat manages it: seats, their order, the chair. */
export class JuryAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  /** One statement for the jury of every competition asked for (a DataLoader batch). */
  membersOf(competitionIds: readonly string[]): Promise<JuryMemberRow[]> {
    return this.dataSource.query(
      `SELECT ${MEMBER_COLUMNS} FROM jury_member j LEFT JOIN user_account u ON u.id = j.user_id
        WHERE j.competition_id = ANY($1::uuid[]) ORDER BY j.competition_id, j.position`,
      [competitionIds],
    );
  }

  /** Active accounts with the JURY role: the people who can be given a seat. */
  candidates(viewer: Viewer): Promise<JuryCandidateRow[]> {
    this.access.assertSecretariat(viewer);
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", email FROM user_account
        WHERE is_active AND 'JURY' = ANY(roles) ORDER BY display_name, email`,
    );
  }

  async add(
    viewer: Viewer,
    competitionId: string,
    input: { userId: string; description: string; name: string | null },
    requestId: string | null,
  ): Promise<JuryMemberRow[]> {
    this.access.assertSecretariat(viewer);
    const description = checkedDescription(input.description);
    const name = input.name?.trim() || null;
    await this.dataSource.transaction(async (em) => {
      await lockCompetition(em, competitionId);
      const [user] = await em.query(
        `SELECT id, display_name AS "displayName", is_active AS "isActive", 'JURY' = ANY(roles) AS "isJury"
           FROM user_account WHERE id = $1`,
        [input.userId],
      );
      if (!user) throw notFound('This user');
      if (!user.isJury || !user.isActive)
        throw userInputError(
          `${user.displayName} cannot sit on a jury: the account needs the JURY role and must be active.`,
          'userId',
        );
      const [taken] = await em.query(
        `SELECT 1 FROM jury_member WHERE competition_id = $1 AND user_id = $2`,
        [competitionId, input.userId],
      );
      if (taken) throw userInputError(`${user.displayName} is already on this jury.`, 'userId');
      const [row] = await em.query(
        `INSERT INTO jury_member (competition_id, position, description, name, is_chair, user_id)
         SELECT $1, coalesce(max(position), 0) + 1, $2, $3, false, $4 FROM jury_member WHERE competition_id = $1
         RETURNING id`,
        [competitionId, description, name, input.userId],
      );
      await proposeConflicts(em, { competitionIds: [competitionId], userIds: [input.userId] });
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'jury.add',
        entityType: 'JuryMember',
        entityId: row.id,
        after: { competitionId, userId: input.userId, description, name },
        requestId,
      });
    });
    return this.list(competitionId);
  }

  async update(
    viewer: Viewer,
    memberId: string,
    input: { description: string; name: string | null; expectedVersion: number },
    requestId: string | null,
  ): Promise<JuryMemberRow[]> {
    this.access.assertSecretariat(viewer);
    const description = checkedDescription(input.description);
    const name = input.name?.trim() || null;
    const competitionId = await this.dataSource.transaction(async (em) => {
      const before = await this.member(em, memberId);
      if (before.version !== input.expectedVersion) {
        const current = (await this.list(before.competitionId, em)).find((m) => m.id === memberId);
        throw conflict(
          'Someone changed this member’s description meanwhile; here it is now.',
          current,
        );
      }
      await em.query(
        `UPDATE jury_member SET description = $2, name = $3, version = version + 1 WHERE id = $1`,
        [memberId, description, name],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'jury.update',
        entityType: 'JuryMember',
        entityId: memberId,
        before: { description: before.description, name: before.name },
        after: { description, name },
        requestId,
      });
      return before.competitionId;
    });
    return this.list(competitionId);
  }

  /** The whole new order, naming every member once; a jury changed meanwhile gets CONFLICT. */
  async reorder(
    viewer: Viewer,
    competitionId: string,
    memberIds: string[],
    requestId: string | null,
  ): Promise<JuryMemberRow[]> {
    this.access.assertSecretariat(viewer);
    await this.dataSource.transaction(async (em) => {
      await lockCompetition(em, competitionId);
      const current: { id: string }[] = await em.query(
        `SELECT id FROM jury_member WHERE competition_id = $1 ORDER BY position`,
        [competitionId],
      );
      const same =
        memberIds.length === current.length &&
        new Set(memberIds).size === memberIds.length &&
        current.every((m) => memberIds.includes(m.id));
      if (!same)
        throw conflict(
          'The jury was changed meanwhile; here are its members now.',
          await this.list(competitionId, em),
        );
      // Positions are unique: move every seat out of the way first, in the same transaction.
      await em.query(
        `UPDATE jury_member SET position = -position - 1000000 WHERE competition_id = $1`,
        [competitionId],
      );
      await em.query(
        `UPDATE jury_member j SET position = t.ord FROM unnest($2::uuid[]) WITH ORDINALITY AS t(id, ord)
          WHERE j.id = t.id AND j.competition_id = $1`,
        [competitionId, memberIds],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'jury.reorder',
        entityType: 'Competition',
        entityId: competitionId,
        before: current.map((m) => m.id),
        after: memberIds,
        requestId,
      });
    });
    return this.list(competitionId);
  }

  /** Makes one member the chair; whoever chaired before no longer does. */
  async setChair(viewer: Viewer, memberId: string, requestId: string | null) {
    this.access.assertSecretariat(viewer);
    const competitionId = await this.dataSource.transaction(async (em) => {
      const member = await this.member(em, memberId);
      await lockCompetition(em, member.competitionId);
      const [previous] = await em.query(
        `SELECT id FROM jury_member WHERE competition_id = $1 AND is_chair`,
        [member.competitionId],
      );
      await em.query(
        `UPDATE jury_member SET is_chair = false WHERE competition_id = $1 AND is_chair`,
        [member.competitionId],
      );
      await em.query(`UPDATE jury_member SET is_chair = true WHERE id = $1`, [memberId]);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'jury.chair',
        entityType: 'JuryMember',
        entityId: memberId,
        before: { chair: previous?.id ?? null },
        after: { chair: memberId },
        requestId,
      });
      return member.competitionId;
    });
    return this.list(competitionId);
  }

  async remove(viewer: Viewer, memberId: string, requestId: string | null) {
    this.access.assertSecretariat(viewer);
    const competitionId = await this.dataSource.transaction(async (em) => {
      const member = await this.member(em, memberId);
      await lockCompetition(em, member.competitionId);
      await em.query(`DELETE FROM jury_member WHERE id = $1`, [memberId]);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'jury.remove',
        entityType: 'JuryMember',
        entityId: memberId,
        before: member,
        requestId,
      });
      return member.competitionId;
    });
    return this.list(competitionId);
  }

  private list(competitionId: string, em?: EntityManager): Promise<JuryMemberRow[]> {
    return (em ?? this.dataSource).query(
      `SELECT ${MEMBER_COLUMNS} FROM jury_member j LEFT JOIN user_account u ON u.id = j.user_id
        WHERE j.competition_id = $1 ORDER BY j.position`,
      [competitionId],
    );
  }

  private async member(em: EntityManager, memberId: string) {
    const [member] = await em.query(
      `SELECT id, competition_id AS "competitionId", description, name, is_chair AS "isChair",
              user_id AS "userId", version
         FROM jury_member WHERE id = $1 FOR UPDATE`,
      [memberId],
    );
    if (!member) throw notFound('This jury member');
    return member as {
      id: string;
      competitionId: string;
      description: string;
      name: string | null;
      isChair: boolean;
      userId: string | null;
      version: number;
    };
  }
}

/** Jury changes of one competition run one after another. */
async function lockCompetition(em: EntityManager, competitionId: string) {
  const [row] = await em.query(`SELECT id FROM competition WHERE id = $1 FOR UPDATE`, [
    competitionId,
  ]);
  if (!row) throw notFound('This competition');
}

function checkedDescription(value: string): string {
  const description = value.trim();
  if (!description)
    throw userInputError(
      'Give the public description, e.g. “Chairperson of the Editorial Board of the International Social Security Review”.',
      'description',
    );
  if (description.length > MAX_DESCRIPTION)
    throw userInputError(`At most ${MAX_DESCRIPTION} characters.`, 'description');
  return description;
}
