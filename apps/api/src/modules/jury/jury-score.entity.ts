import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { JuryAssessment } from './jury-assessment.entity.js';
import { JuryCriterion } from './jury-criterion.entity.js';

/** One score of an assessment on one criterion, from 1 (weak) to 5 (excellent). */
@Entity('jury_score')
@Check('CHK_jury_score_range', '"score" BETWEEN 1 AND 5')
export class JuryScore {
  @PrimaryColumn({ type: 'uuid', name: 'assessment_id' })
  assessmentId: string;

  @ManyToOne(() => JuryAssessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment: Relation<JuryAssessment>;

  @PrimaryColumn({ type: 'uuid', name: 'criterion_id' })
  criterionId: string;

  @ManyToOne(() => JuryCriterion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'criterion_id' })
  criterion: Relation<JuryCriterion>;

  @Column({ type: 'smallint' })
  score: number;
}
