import { OUTCOMES, type Outcome } from '@gpa/shared';
import { type DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { type Viewer } from '../auth/viewer.js';
import { conflictSql, entryRole } from './jury-access.js';
import { criteriaOf } from './jury-criteria.service.js';
import { isUniqueViolation, refused } from './jury-errors.js';

type Queryable = Pick<EntityManager, 'query'>;

export interface ScoreRow {
  criterionId: string;
  criterionName: string;
  score: number;
}

export interface AssessmentRow {
  id: string;
  practiceId: string;
  userId: string;
  memberName: string;
  proposedOutcome: Outcome | null;
  notes: string;
  submittedAt: Date | null;
  version: number;
  updatedAt: Date;
  scores: ScoreRow[];
  /** The weighted mean of the scores given so far. */
  weightedScore: number | null;
}

export interface SaveAssessmentInput {
  practiceId: string;
  scores: { criterionId: string; score: number }[];
  proposedOutcome?: Outcome | null;
  notes?: string | null;
  submit?: boolean | null;
  /** The version read; null when creating. */
  version?: number | null;
}

const MAX_NOTES = 10_000;

/**
 * The assessments of the given entries, with their scores, in one statement. `submittedOnly`
 * leaves out drafts; assessments by members who have a conflict with the entry are always left out
 * unless `includeConflicted`.
 */
export function assessmentsOf(
  db: Queryable,
  practiceIds: string[],
  options: { submittedOnly: boolean; userId?: string; includeConflicted?: boolean },
): Promise<AssessmentRow[]> {
  return db.query(
    `SELECT a.id, a.practice_id AS "practiceId", a.user_id AS "userId", u.display_name AS "memberName",
            a.proposed_outcome AS "proposedOutcome", a.notes, a.submitted_at AS "submittedAt",
            a.version, a.updated_at AS "updatedAt",
            coalesce(sc.scores, '[]'::json) AS scores, sc.weighted AS "weightedScore"
       FROM jury_assessment a JOIN user_account u ON u.id = a.user_id
       LEFT JOIN LATERAL (
         SELECT json_agg(json_build_object('criterionId', s.criterion_id, 'criterionName', c.name, 'score', s.score)
                         ORDER BY c.position) AS scores,
                (sum(s.score * c.weight) / nullif(sum(c.weight), 0))::float8 AS weighted
           FROM jury_score s JOIN jury_criterion c ON c.id = s.criterion_id
          WHERE s.assessment_id = a.id) sc ON true
      WHERE a.practice_id = ANY($1::uuid[])
        AND (NOT $2::boolean OR a.submitted_at IS NOT NULL)
        AND ($3::uuid IS NULL OR a.user_id = $3)
        AND ($4::boolean OR NOT ${conflictSql('a.practice_id', 'a.user_id')})
        -- Only current seats count: a member removed from the jury takes their assessments along.
        AND ($3::uuid IS NOT NULL OR EXISTS (
              SELECT 1 FROM jury_member jm JOIN practice jp ON jp.competition_id = jm.competition_id
               WHERE jp.id = a.practice_id AND jm.user_id = a.user_id))
      ORDER BY a.submitted_at NULLS LAST, u.display_name`,
    [
      practiceIds,
      options.submittedOnly,
      options.userId ?? null,
      options.includeConflicted ?? false,
    ],
  );
}

/** A member's own assessments: scores, proposed outcome, private notes; draft, then submitted. */
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async save(
    viewer: Viewer,
    input: SaveAssessmentInput,
    requestId: string | null,
  ): Promise<AssessmentRow> {
    try {
      return await this.dataSource.transaction((em) => this.saveIn(em, viewer, input, requestId));
    } catch (error) {
      // Two first saves at once: the later one lost the race on the unique index.
      if (!isUniqueViolation(error)) throw error;
      const [current] = await assessmentsOf(this.dataSource, [input.practiceId], {
        submittedOnly: false,
        userId: viewer.userId,
        includeConflicted: true,
      });
      throw conflict('Your assessment was saved meanwhile; here is its current state.', current);
    }
  }

  private async saveIn(
    em: EntityManager,
    viewer: Viewer,
    input: SaveAssessmentInput,
    requestId: string | null,
  ): Promise<AssessmentRow> {
    const role = await entryRole(em, viewer, input.practiceId);
    if (!role.member) throw forbidden();
    if (role.conflicted)
      throw refused('You have a conflict of interest with this entry: you cannot assess it.');
    if (role.status !== 'JUDGING')
      throw refused('Assessments are recorded while the competition is being judged.');
    const criteria = await criteriaOf(em, role.competitionId);
    const scores = validateScores(input.scores, new Set(criteria.map((c) => c.id)));
    const notes = (input.notes ?? '').trim();
    if (notes.length > MAX_NOTES)
      throw userInputError(`Notes have at most ${MAX_NOTES} characters.`, 'notes');
    if (input.proposedOutcome != null && !OUTCOMES.includes(input.proposedOutcome))
      throw userInputError('Propose one of the outcomes.', 'proposedOutcome');

    const [current] = await em.query(
      `SELECT id, version, submitted_at AS "submittedAt" FROM jury_assessment
        WHERE practice_id = $1 AND user_id = $2 FOR UPDATE`,
      [input.practiceId, viewer.userId],
    );
    if ((current?.version ?? null) !== (input.version ?? null)) {
      const [state] = await assessmentsOf(em, [input.practiceId], {
        submittedOnly: false,
        userId: viewer.userId,
        includeConflicted: true,
      });
      throw conflict(
        'Your assessment was changed meanwhile (in another window?); here is its current state.',
        state ?? null,
      );
    }
    const submitting = !!input.submit || !!current?.submittedAt;
    if (submitting) {
      if (scores.length < criteria.length)
        throw userInputError('Score every criterion before submitting.', 'scores');
      if (!input.proposedOutcome)
        throw userInputError('Propose an outcome before submitting.', 'proposedOutcome');
    }

    let id: string;
    if (current) {
      id = current.id;
      await em.query(
        `UPDATE jury_assessment SET proposed_outcome = $2, notes = $3, version = version + 1, updated_at = now(),
                submitted_at = CASE WHEN $4 THEN coalesce(submitted_at, now()) ELSE submitted_at END
          WHERE id = $1`,
        [id, input.proposedOutcome ?? null, notes, submitting],
      );
      await em.query(`DELETE FROM jury_score WHERE assessment_id = $1`, [id]);
    } else {
      [{ id }] = await em.query(
        `INSERT INTO jury_assessment (practice_id, user_id, proposed_outcome, notes, submitted_at, version)
         VALUES ($1, $2, $3, $4, CASE WHEN $5 THEN now() END, 1) RETURNING id`,
        [input.practiceId, viewer.userId, input.proposedOutcome ?? null, notes, submitting],
      );
    }
    if (scores.length)
      await em.query(
        `INSERT INTO jury_score (assessment_id, criterion_id, score)
         SELECT $1, s.criterion_id, s.score FROM unnest($2::uuid[], $3::int[]) AS s(criterion_id, score)`,
        [id, scores.map((s) => s.criterionId), scores.map((s) => s.score)],
      );
    const [saved] = await assessmentsOf(em, [input.practiceId], {
      submittedOnly: false,
      userId: viewer.userId,
      includeConflicted: true,
    });
    await this.audit.record(em, {
      actorId: viewer.userId,
      action: submitting && !current?.submittedAt ? 'assessment.submit' : 'assessment.save',
      entityType: 'JuryAssessment',
      entityId: id,
      before: current ? { version: current.version, submitted: !!current.submittedAt } : null,
      // The notes are private to their author: the audit log records that they changed, not what they say.
      after: {
        version: saved!.version,
        submitted: !!saved!.submittedAt,
        proposedOutcome: saved!.proposedOutcome,
        scores: Object.fromEntries(saved!.scores.map((s) => [s.criterionName, s.score])),
      },
      requestId,
    });
    return saved!;
  }
}

function validateScores(
  scores: SaveAssessmentInput['scores'],
  criterionIds: Set<string>,
): SaveAssessmentInput['scores'] {
  const seen = new Set<string>();
  for (const s of scores) {
    if (!criterionIds.has(s.criterionId))
      throw userInputError('A score names a criterion this competition does not have.', 'scores');
    if (seen.has(s.criterionId)) throw userInputError('A criterion is scored twice.', 'scores');
    seen.add(s.criterionId);
    if (!Number.isInteger(s.score) || s.score < 1 || s.score > 5)
      throw userInputError('A score is a whole number from 1 to 5.', 'scores');
  }
  return scores;
}
