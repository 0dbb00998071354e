import { type Outcome } from '@gpa/shared';
import { type DataSource } from 'typeorm';
import { forbidden } from '../../graphql/errors.js';
import { type Viewer } from '../auth/viewer.js';
import { proposeConflicts } from './conflict.service.js';
import { competitionRole, conflictSql, type JuryRole } from './jury-access.js';
import { criteriaOf, type CriterionRow } from './jury-criteria.service.js';

export const JURY_TABLE_SORTS = [
  'BOOKLET',
  'TITLE',
  'WEIGHTED_MEAN',
  'MEDIAN',
  'SPREAD',
  'ASSESSMENTS',
  'OUTCOME',
] as const;
export type JuryTableSort = (typeof JURY_TABLE_SORTS)[number];

// Whitelisted ORDER BY expressions over the final select; ties fall back to the booklet order.
const ORDER: Record<JuryTableSort, string> = {
  BOOKLET: 't.rank',
  TITLE: 'lower(t.title)',
  WEIGHTED_MEAN: 't."weightedMean"',
  MEDIAN: 't.median',
  SPREAD: 't.spread',
  ASSESSMENTS: 't."submittedCount"',
  OUTCOME: 'array_position(enum_range(NULL::outcome), t.outcome)',
};

export interface TableConflict {
  memberName: string;
  source: 'DECLARED' | 'PROPOSED' | 'DISMISSED';
  reason: string;
  confirmed: boolean;
}

export interface JuryTableRow {
  id: string;
  rank: number;
  title: string;
  institutionName: string;
  countryCode: string;
  submittedCount: number;
  weightedMean: number | null;
  median: number | null;
  spread: number | null;
  minScore: number | null;
  maxScore: number | null;
  tally: Record<Outcome, number>;
  conflicts: TableConflict[];
  outcome: Outcome | null;
  juryText: string | null;
  decisionVersion: number | null;
  decidedAt: Date | null;
  decidedByName: string | null;
  /** The viewer has a conflict with this entry: its scores and decision are withheld. */
  viewerConflicted: boolean;
  /** A chair who has not submitted their own assessment of the entry: only the count shows. */
  scoresHidden: boolean;
}

export interface RawScoreRow {
  entry: string;
  institution: string;
  member: string;
  status: string;
  proposedOutcome: Outcome | null;
  weighted: number | null;
  [criterion: string]: unknown;
}

/**
 * The chair's table and the exports, each one set-based statement: per member, the weighted
 * mean of their scores; per entry, the mean, median and spread of those, the tally of proposed
 * outcomes, the conflicts and the decision. Assessments by conflicted members do not count.
 */
export class JuryTableService {
  constructor(private readonly dataSource: DataSource) {}

  async assertChairOrSecretariat(viewer: Viewer, competitionId: string): Promise<JuryRole> {
    const role = await competitionRole(this.dataSource, viewer, competitionId);
    if (!role.chair && !role.secretariat) throw forbidden();
    return role;
  }

  async table(
    viewer: Viewer,
    competitionId: string,
    sort: JuryTableSort = 'BOOKLET',
    descending = false,
  ): Promise<{ role: JuryRole; criteria: CriterionRow[]; rows: JuryTableRow[] }> {
    const role = await this.assertChairOrSecretariat(viewer, competitionId);
    await proposeConflicts(this.dataSource, [competitionId]);
    const direction = descending ? 'DESC' : 'ASC';
    const rows: JuryTableRow[] = await this.dataSource.query(
      `WITH per_member AS (
         SELECT a.practice_id, a.user_id, a.proposed_outcome,
                sum(s.score * c.weight) / nullif(sum(c.weight), 0) AS weighted
           FROM jury_assessment a
           JOIN practice p ON p.id = a.practice_id AND p.competition_id = $1
           -- Only current seats count: a member removed from the jury takes their scores along.
           JOIN jury_member jm ON jm.competition_id = p.competition_id AND jm.user_id = a.user_id
           JOIN jury_score s ON s.assessment_id = a.id JOIN jury_criterion c ON c.id = s.criterion_id
          WHERE a.submitted_at IS NOT NULL AND NOT ${conflictSql('a.practice_id', 'a.user_id')}
          GROUP BY a.id),
       agg AS (
         SELECT practice_id, count(*)::int AS n, avg(weighted)::float8 AS mean,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY weighted)::float8 AS median,
                min(weighted)::float8 AS lo, max(weighted)::float8 AS hi,
                jsonb_build_object(
                  'AWARD', count(*) FILTER (WHERE proposed_outcome = 'AWARD'),
                  'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', count(*) FILTER (WHERE proposed_outcome = 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION'),
                  'CERTIFICATE_OF_MERIT', count(*) FILTER (WHERE proposed_outcome = 'CERTIFICATE_OF_MERIT'),
                  'ATTESTATION', count(*) FILTER (WHERE proposed_outcome = 'ATTESTATION')) AS tally
           FROM per_member GROUP BY practice_id),
       conf AS (
         SELECT x.practice_id,
                jsonb_agg(jsonb_build_object('memberName', x.name, 'source', x.source, 'reason', x.reason,
                          'confirmed', x.confirmed) ORDER BY x.name, x.source) AS list
           FROM (SELECT ci.practice_id, u.display_name AS name, ci.source::text AS source, ci.reason,
                        ci.source = 'DECLARED' OR ci.confirmed_at IS NOT NULL AS confirmed
                   FROM conflict_of_interest ci JOIN user_account u ON u.id = ci.user_id
                 UNION ALL
                 -- Dismissed proposals leave a trace for the chair and the secretariat.
                 SELECT cd.practice_id, u.display_name, 'DISMISSED', coalesce(cd.reason, 'Proposed by the system'), false
                   FROM conflict_dismissal cd JOIN user_account u ON u.id = cd.user_id) x
           JOIN practice p ON p.id = x.practice_id AND p.competition_id = $1
          GROUP BY x.practice_id),
       v AS (
         SELECT p.id,
                ($3 AND ${conflictSql('p.id', '$2::uuid')}) AS conflicted,
                -- A chair sees the others' scores of an entry once their own assessment is in.
                ($3 AND NOT EXISTS (SELECT 1 FROM jury_assessment o
                                     WHERE o.practice_id = p.id AND o.user_id = $2 AND o.submitted_at IS NOT NULL)) AS unassessed
           FROM practice p WHERE p.competition_id = $1 AND p.status = 'SUBMITTED'),
       t AS (
         SELECT p.id, row_number() OVER (ORDER BY p.position NULLS LAST, co.sort_name, i.name, p.title, p.id)::int AS rank,
                p.title, i.name AS "institutionName", co.code AS "countryCode",
                v.conflicted AS "viewerConflicted",
                (v.unassessed AND NOT v.conflicted) AS "scoresHidden",
                CASE WHEN v.conflicted THEN 0 ELSE coalesce(agg.n, 0) END AS "submittedCount",
                a2.mean AS "weightedMean", a2.median,
                a2.hi - a2.lo AS spread, a2.lo AS "minScore", a2.hi AS "maxScore",
                coalesce(a2.tally, '{"AWARD":0,"CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION":0,"CERTIFICATE_OF_MERIT":0,"ATTESTATION":0}'::jsonb) AS tally,
                coalesce(conf.list, '[]'::jsonb) AS conflicts,
                d.outcome, d.jury_text AS "juryText", d.version AS "decisionVersion",
                d.decided_at AS "decidedAt", du.display_name AS "decidedByName"
           FROM practice p JOIN institution i ON i.id = p.institution_id JOIN country co ON co.id = i.country_id
           JOIN v ON v.id = p.id
           LEFT JOIN conf ON conf.practice_id = p.id
           LEFT JOIN agg ON agg.practice_id = p.id
           -- Withheld scores stay out of the sort order too.
           LEFT JOIN agg a2 ON a2.practice_id = p.id AND NOT v.conflicted AND NOT v.unassessed
           -- A conflicted chair sees neither the scores nor the decision, not even through the sort order.
           LEFT JOIN decision d ON d.practice_id = p.id AND NOT v.conflicted
           LEFT JOIN user_account du ON du.id = d.decided_by
          WHERE p.competition_id = $1 AND p.status = 'SUBMITTED')
       SELECT * FROM t ORDER BY ${ORDER[sort]} ${direction} NULLS LAST, t.rank`,
      [competitionId, viewer.userId, role.member && !role.secretariat],
    );
    const criteria = await criteriaOf(this.dataSource, competitionId);
    return { role, criteria, rows: rows.map(withhold) };
  }

  /**
   * Every current member's raw scores per criterion, one row per submitted assessment (drafts
   * stay their author's). A chair gets the others' scores of an entry only once their own
   * assessment of it is submitted, and nothing of an entry they have a conflict with.
   */
  async rawScores(viewer: Viewer, competitionId: string) {
    const role = await this.assertChairOrSecretariat(viewer, competitionId);
    const criteria = await criteriaOf(this.dataSource, competitionId);
    const rows = await this.dataSource.query(
      `SELECT p.title AS entry, i.name AS institution, u.display_name AS member,
              CASE WHEN a.submitted_at IS NULL THEN 'draft' ELSE 'submitted' END AS status,
              a.proposed_outcome AS "proposedOutcome", a.submitted_at AS "submittedAt",
              (SELECT (sum(s.score * c.weight) / nullif(sum(c.weight), 0))::float8
                 FROM jury_score s JOIN jury_criterion c ON c.id = s.criterion_id WHERE s.assessment_id = a.id) AS weighted,
              coalesce((SELECT jsonb_object_agg(s.criterion_id, s.score) FROM jury_score s WHERE s.assessment_id = a.id), '{}') AS scores,
              ${conflictSql('p.id', 'a.user_id')} AS "memberConflicted"
         FROM jury_assessment a JOIN practice p ON p.id = a.practice_id
         JOIN jury_member jm ON jm.competition_id = p.competition_id AND jm.user_id = a.user_id
         JOIN institution i ON i.id = p.institution_id JOIN user_account u ON u.id = a.user_id
         JOIN country co ON co.id = i.country_id
        WHERE p.competition_id = $1 AND p.status = 'SUBMITTED'
          AND a.submitted_at IS NOT NULL
          AND (NOT $3 OR (NOT ${conflictSql('p.id', '$2::uuid')}
                          AND EXISTS (SELECT 1 FROM jury_assessment o
                                       WHERE o.practice_id = p.id AND o.user_id = $2 AND o.submitted_at IS NOT NULL)))
        ORDER BY p.position NULLS LAST, co.sort_name, i.name, p.title, u.display_name`,
      [competitionId, viewer.userId, role.member && !role.secretariat],
    );
    return {
      role,
      criteria,
      rows: rows.map(({ scores, ...row }: { scores: Record<string, number> }) => ({
        ...row,
        ...Object.fromEntries(criteria.map((c) => [`criterion:${c.id}`, scores[c.id] ?? null])),
      })),
    };
  }
}

function withhold(row: JuryTableRow): JuryTableRow {
  if (!row.viewerConflicted) return row;
  return {
    ...row,
    submittedCount: 0,
    weightedMean: null,
    median: null,
    spread: null,
    minScore: null,
    maxScore: null,
    tally: {
      AWARD: 0,
      CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: 0,
      CERTIFICATE_OF_MERIT: 0,
      ATTESTATION: 0,
    },
    outcome: null,
    juryText: null,
    decisionVersion: null,
    decidedAt: null,
    decidedByName: null,
  };
}
