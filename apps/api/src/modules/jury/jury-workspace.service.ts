import { FORM_SECTIONS, type CompetitionStatus, type Outcome } from '@gpa/shared';
import { type DataSource } from 'typeorm';
import { forbidden } from '../../graphql/errors.js';
import { hasRole, type Viewer } from '../auth/viewer.js';
import { assessmentsOf, type AssessmentRow } from './assessment.service.js';
import { ConflictService, proposeConflicts, type ConflictRow } from './conflict.service.js';
import { decisionsOf, type DecisionRow } from './decision.service.js';
import { canDeliberate, messagesOf, type DeliberationMessageRow } from './deliberation.service.js';
import {
  competitionRole,
  conflictSql,
  entryRole,
  LOCKED_STATUSES,
  type EntryRole,
} from './jury-access.js';
import { criteriaOf, type CriterionRow } from './jury-criteria.service.js';

export const ENTRY_PROGRESS = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'CONFLICTED'] as const;
export type EntryProgress = (typeof ENTRY_PROGRESS)[number];

export interface JuryCompetitionRow {
  id: string;
  title: string;
  status: CompetitionStatus;
  year: number;
  isChair: boolean;
  isMember: boolean;
  entryCount: number;
  assessedCount: number;
  draftCount: number;
  toDoCount: number;
  conflictCount: number;
  nextEntryId: string | null;
  nextEntryTitle: string | null;
}

export interface JuryEntryRow {
  id: string;
  slug: string;
  title: string;
  institutionName: string;
  countryCode: string;
  countryName: string;
  progress: EntryProgress;
  submittedCount: number;
  outcome: Outcome | null;
}

export interface EntryFilter {
  progress?: EntryProgress[] | null;
  search?: string | null;
  countryCode?: string | null;
}

export interface JuryEntryDetail {
  role: EntryRole;
  entry: JuryEntryRow & {
    summary: string | null;
    inOperationSince: number | null;
    priorityAreas: string[];
    sections: { key: string; heading: string; body: string }[];
  };
  criteria: CriterionRow[];
  myAssessment: AssessmentRow | null;
  othersVisible: boolean;
  othersHiddenReason: string | null;
  otherAssessments: AssessmentRow[];
  myConflict: ConflictRow | null;
  conflicts: ConflictRow[];
  deliberation: DeliberationMessageRow[] | null;
  decision: DecisionRow | null;
  canAssess: boolean;
  canDecide: boolean;
  nextEntryId: string | null;
}

// The viewer's standing on each entry; $1 is the viewer.
const PROGRESS = `CASE WHEN jm.id IS NOT NULL AND ${conflictSql('p.id', '$1::uuid')}
                       THEN 'CONFLICTED'
                       WHEN a.submitted_at IS NOT NULL THEN 'SUBMITTED'
                       WHEN a.id IS NOT NULL THEN 'DRAFT' ELSE 'NOT_STARTED' END`;
const ENTRY_ORDER = `p.position NULLS LAST, co.sort_name, i.name, p.title, p.id`;

/** What a jury member works from: their competitions, their entries and one entry in full. */
export class JuryWorkspaceService {
  constructor(private readonly dataSource: DataSource) {}

  /** The competitions the viewer sits on (every competition for the secretariat), with their progress. */
  async competitions(viewer: Viewer): Promise<JuryCompetitionRow[]> {
    if (!hasRole(viewer, 'SECRETARIAT', 'JURY')) throw forbidden();
    const secretariat = hasRole(viewer, 'SECRETARIAT');
    const jury = hasRole(viewer, 'JURY');
    const seats: { id: string }[] = await this.dataSource.query(
      `SELECT competition_id AS id FROM jury_member WHERE user_id = $1`,
      [viewer.userId],
    );
    await proposeConflicts(
      this.dataSource,
      seats.map((s) => s.id),
    );
    return this.dataSource.query(
      `WITH scope AS (
         SELECT c.id, c.title, c.status, c.year, c.region, jm.id AS seat, coalesce(jm.is_chair, false) AS chair
           FROM competition c LEFT JOIN jury_member jm ON jm.competition_id = c.id AND jm.user_id = $1 AND $3
          WHERE $2 OR jm.id IS NOT NULL),
       entries AS (
         SELECT p.competition_id, p.id, p.title, p.position, ${PROGRESS} AS progress
           FROM practice p JOIN scope s ON s.id = p.competition_id
           JOIN institution i ON i.id = p.institution_id JOIN country co ON co.id = i.country_id
           LEFT JOIN jury_member jm ON jm.id = s.seat
           LEFT JOIN jury_assessment a ON a.practice_id = p.id AND a.user_id = $1
          WHERE p.status = 'SUBMITTED')
       SELECT s.id, s.title, s.status, s.year, s.chair AS "isChair", (s.seat IS NOT NULL) AS "isMember",
              count(e.id)::int AS "entryCount",
              count(e.id) FILTER (WHERE e.progress = 'SUBMITTED')::int AS "assessedCount",
              count(e.id) FILTER (WHERE e.progress = 'DRAFT')::int AS "draftCount",
              count(e.id) FILTER (WHERE e.progress IN ('NOT_STARTED', 'DRAFT'))::int AS "toDoCount",
              count(e.id) FILTER (WHERE e.progress = 'CONFLICTED')::int AS "conflictCount",
              n.id AS "nextEntryId", n.title AS "nextEntryTitle"
         FROM scope s LEFT JOIN entries e ON e.competition_id = s.id
         LEFT JOIN LATERAL (
           SELECT e2.id, e2.title FROM entries e2
            WHERE e2.competition_id = s.id AND s.seat IS NOT NULL AND e2.progress IN ('NOT_STARTED', 'DRAFT')
            ORDER BY e2.position NULLS LAST, e2.title, e2.id LIMIT 1) n ON true
        GROUP BY s.id, s.title, s.status, s.year, s.region, s.chair, s.seat, n.id, n.title
        ORDER BY (s.seat IS NULL), s.year DESC, s.region`,
      [viewer.userId, secretariat, jury],
    );
  }

  /** The entries of one competition, in the booklet's order, with the viewer's progress on each. */
  async entries(
    viewer: Viewer,
    competitionId: string,
    filter: EntryFilter = {},
  ): Promise<JuryEntryRow[]> {
    const role = await competitionRole(this.dataSource, viewer, competitionId);
    if (role.member) await proposeConflicts(this.dataSource, [competitionId]);
    const search = filter.search?.trim()
      ? `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      : null;
    return this.dataSource
      .query(
        `SELECT * FROM (
         SELECT p.id, p.slug, p.title, i.name AS "institutionName", co.code AS "countryCode",
                co.name AS "countryName", ${PROGRESS} AS progress,
                (SELECT count(*) FROM jury_assessment x
                  JOIN jury_member xm ON xm.competition_id = p.competition_id AND xm.user_id = x.user_id
                 WHERE x.practice_id = p.id AND x.submitted_at IS NOT NULL)::int
                  AS "submittedCount",
                d.outcome, row_number() OVER (ORDER BY ${ENTRY_ORDER}) AS rank
           FROM practice p JOIN institution i ON i.id = p.institution_id JOIN country co ON co.id = i.country_id
           LEFT JOIN jury_member jm ON jm.competition_id = p.competition_id AND jm.user_id = $1 AND $6
           LEFT JOIN jury_assessment a ON a.practice_id = p.id AND a.user_id = $1
           LEFT JOIN decision d ON d.practice_id = p.id
          WHERE p.competition_id = $2 AND p.status = 'SUBMITTED'
            AND ($3::text IS NULL OR p.title ILIKE $3 OR i.name ILIKE $3 OR co.name ILIKE $3)
            AND ($4::text IS NULL OR co.code = upper($4))) e
        WHERE $5::text[] IS NULL OR e.progress = ANY($5::text[])
        ORDER BY e.rank`,
        [
          viewer.userId,
          competitionId,
          search,
          filter.countryCode?.trim() || null,
          filter.progress?.length ? filter.progress : null,
          role.member,
        ],
      )
      .then((rows: (JuryEntryRow & { rank: string })[]) =>
        rows.map(({ rank: _rank, ...row }) =>
          // A conflicted member does not see the decision on the entry.
          row.progress === 'CONFLICTED' ? { ...row, outcome: null } : row,
        ),
      );
  }

  /** One entry with everything the viewer may see of it. */
  async entry(viewer: Viewer, practiceId: string): Promise<JuryEntryDetail> {
    const role = await entryRole(this.dataSource, viewer, practiceId);
    // The role counts own-institution/country conflicts already; write them down for the lists.
    await proposeConflicts(this.dataSource, { practiceIds: [practiceId] });
    const seesAll = role.secretariat || role.chair;
    const [entries, criteria, mine, submitted, conflicts, practice] = await Promise.all([
      this.entries(viewer, role.competitionId),
      criteriaOf(this.dataSource, role.competitionId),
      assessmentsOf(this.dataSource, [practiceId], {
        submittedOnly: false,
        userId: viewer.userId,
        includeConflicted: true,
      }),
      assessmentsOf(this.dataSource, [practiceId], { submittedOnly: true }),
      ConflictService.listFor(this.dataSource, [practiceId], { dismissals: seesAll }),
      this.practiceText(practiceId),
    ]);
    const index = entries.findIndex((e) => e.id === practiceId);
    const entry = entries[index]!;
    const myAssessment = mine[0] ?? null;
    const othersHiddenReason = role.secretariat
      ? null
      : role.conflicted
        ? 'You have a conflict of interest with this entry.'
        : !myAssessment?.submittedAt
          ? "Submit your own assessment to see the other members' assessments."
          : null;
    const decisionVisible = role.secretariat || !role.conflicted;
    const locked = LOCKED_STATUSES.includes(role.status);
    const after = [...entries.slice(index + 1), ...entries.slice(0, index)];
    const next = after.find((e) => e.progress === 'NOT_STARTED' || e.progress === 'DRAFT');
    return {
      role,
      entry: { ...entry, ...practice },
      criteria,
      myAssessment,
      othersVisible: othersHiddenReason === null,
      othersHiddenReason,
      otherAssessments:
        othersHiddenReason === null ? submitted.filter((a) => a.userId !== viewer.userId) : [],
      myConflict:
        conflicts.find((c) => c.userId === viewer.userId && c.source !== 'DISMISSED') ?? null,
      conflicts: seesAll ? conflicts : conflicts.filter((c) => c.userId === viewer.userId),
      deliberation: canDeliberate(role)
        ? await messagesOf(this.dataSource, practiceId, viewer.userId)
        : null,
      decision: decisionVisible
        ? ((await decisionsOf(this.dataSource, [practiceId]))[0] ?? null)
        : null,
      canAssess: role.member && !role.conflicted && role.status === 'JUDGING',
      canDecide: role.secretariat
        ? role.status === 'JUDGING' || locked
        : role.chair && !role.conflicted && role.status === 'JUDGING',
      nextEntryId: role.member ? (next?.id ?? null) : null,
    };
  }

  private async practiceText(practiceId: string) {
    const [row] = await this.dataSource.query(
      `SELECT p.summary, p.in_operation_since AS "inOperationSince",
              coalesce((SELECT json_agg(json_build_object('key', s.key, 'body', s.body)) FROM practice_section s
                          WHERE s.practice_id = p.id), '[]') AS sections,
              coalesce((SELECT json_agg(pa.name ORDER BY ppa.position) FROM practice_priority_area ppa
                          JOIN priority_area pa ON pa.id = ppa.priority_area_id WHERE ppa.practice_id = p.id), '[]') AS "priorityAreas"
         FROM practice p WHERE p.id = $1`,
      [practiceId],
    );
    const bodies = new Map<string, string>(
      (row.sections as { key: string; body: string }[]).map((s) => [s.key, s.body]),
    );
    return {
      summary: row.summary as string | null,
      inOperationSince: row.inOperationSince as number | null,
      priorityAreas: row.priorityAreas as string[],
      sections: FORM_SECTIONS.filter((s) => bodies.get(s.key)?.trim()).map((s) => ({
        key: s.key,
        heading: s.heading,
        body: bodies.get(s.key)!,
      })),
    };
  }
}
