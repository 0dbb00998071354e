import { OUTCOME_LABELS, OUTCOMES, OUTCOMES_WITH_JURY_TEXT, type Outcome } from '@gpa/shared';
import { type DataSource, type EntityManager } from 'typeorm';
import { conflict, forbidden, userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { type Viewer } from '../auth/viewer.js';
import { entryRole, LOCKED_STATUSES } from './jury-access.js';
import { refused } from './jury-errors.js';

type Queryable = Pick<EntityManager, 'query'>;

export interface DecisionRow {
  practiceId: string;
  outcome: Outcome;
  juryText: string | null;
  version: number;
  decidedAt: Date;
  decidedByName: string | null;
}

export interface RecordDecisionInput {
  practiceId: string;
  outcome: Outcome;
  juryText?: string | null;
  /** The version read; null when creating. */
  version?: number | null;
}

const MAX_TEXT = 5000;

export function decisionsOf(db: Queryable, practiceIds: string[]): Promise<DecisionRow[]> {
  return db.query(
    `SELECT d.practice_id AS "practiceId", d.outcome, d.jury_text AS "juryText", d.version,
            d.decided_at AS "decidedAt", u.display_name AS "decidedByName"
       FROM decision d LEFT JOIN user_account u ON u.id = d.decided_by
      WHERE d.practice_id = ANY($1::uuid[])`,
    [practiceIds],
  );
}

/**
 * The jury's decisions. The chair records them while the competition is being judged; the
 * secretariat may too, on the jury's behalf, and is the only one who may correct them once the
 * competition is DECIDED or PUBLISHED (audited as a correction; the public answers follow at once).
 */
export class DecisionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(
    viewer: Viewer,
    input: RecordDecisionInput,
    requestId: string | null,
  ): Promise<DecisionRow> {
    const outcome = input.outcome;
    if (!OUTCOMES.includes(outcome)) throw userInputError('Choose one of the outcomes.', 'outcome');
    const juryText = input.juryText?.trim() || null;
    if (OUTCOMES_WITH_JURY_TEXT.includes(outcome) && !juryText)
      throw userInputError(
        outcome === 'AWARD'
          ? "The Award needs the Jury's comment."
          : 'A special mention needs its text.',
        'juryText',
      );
    if (!OUTCOMES_WITH_JURY_TEXT.includes(outcome) && juryText)
      throw userInputError(
        `A ${OUTCOME_LABELS[outcome]} carries no published text; leave the text empty.`,
        'juryText',
      );
    if (juryText && juryText.length > MAX_TEXT)
      throw userInputError(`The text has at most ${MAX_TEXT} characters.`, 'juryText');

    return this.dataSource.transaction(async (em) => {
      // Locks the competition row: decisions of one competition are written one at a time, so
      // the one-Award rule holds under concurrent writes.
      const role = await entryRole(em, viewer, input.practiceId, { lock: true });
      const locked = LOCKED_STATUSES.includes(role.status);
      if (!role.secretariat) {
        if (!role.chair) throw forbidden();
        if (role.conflicted)
          throw refused(
            'You have a conflict of interest with this entry: the decision is not yours to make.',
          );
        if (locked)
          throw refused(
            'The decisions of this competition are locked; only the secretariat can reopen them.',
          );
      }
      if (!locked && role.status !== 'JUDGING')
        throw refused('Decisions are recorded once the competition is being judged.');

      const [current] = await decisionsOf(em, [input.practiceId]);
      if ((current?.version ?? null) !== (input.version ?? null))
        throw conflict('This decision was changed meanwhile; here is its current state.', {
          ...(current ?? {}),
          exists: !!current,
        });
      if (outcome === 'AWARD') {
        const [other] = await em.query(
          `SELECT p.title FROM decision d JOIN practice p ON p.id = d.practice_id
            WHERE p.competition_id = $1 AND d.outcome = 'AWARD' AND p.status = 'SUBMITTED' AND p.id <> $2`,
          [role.competitionId, input.practiceId],
        );
        // Only the secretariat is told which entry: the chair may have a conflict with it.
        if (other)
          throw userInputError(
            role.secretariat
              ? `A competition has one Award, and "${other.title}" already has it.`
              : 'A competition has one Award. Another entry already has the Award.',
            'outcome',
          );
      }
      if (current)
        await em.query(
          `UPDATE decision SET outcome = $2, jury_text = $3, decided_by = $4, version = version + 1, decided_at = now()
            WHERE practice_id = $1`,
          [input.practiceId, outcome, juryText, viewer.userId],
        );
      else
        await em.query(
          `INSERT INTO decision (practice_id, outcome, jury_text, decided_by, version) VALUES ($1, $2, $3, $4, 1)`,
          [input.practiceId, outcome, juryText, viewer.userId],
        );
      const [saved] = await decisionsOf(em, [input.practiceId]);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: locked ? 'decision.correct' : 'decision.record',
        entityType: 'Decision',
        entityId: input.practiceId,
        before: current
          ? { outcome: current.outcome, juryText: current.juryText, version: current.version }
          : null,
        after: {
          outcome: saved!.outcome,
          juryText: saved!.juryText,
          version: saved!.version,
          competitionStatus: role.status,
        },
        requestId,
      });
      return saved!;
    });
  }
}
