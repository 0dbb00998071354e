import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OUTCOMES, type Outcome } from '@gpa/shared';
import { User } from '../account/user.entity.js';
import { Practice } from '../practice/practice.entity.js';

/**
 * One jury member's assessment of one entry: scores per criterion (in jury_score), a proposed
 * outcome and private notes. A DRAFT is the member's alone; once SUBMITTED it counts in the
 * aggregates and unlocks the others' assessments of the entry for its author.
 */
@Entity('jury_assessment')
@Index('UQ_jury_assessment_member', ['practiceId', 'userId'], { unique: true })
export class JuryAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @Column({ type: 'uuid', name: 'user_id' })
  @Index()
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({
    type: 'enum',
    enum: OUTCOMES,
    enumName: 'outcome',
    name: 'proposed_outcome',
    nullable: true,
  })
  proposedOutcome: Outcome | null;

  /** Seen only by the author. */
  @Column({ type: 'text', default: '' })
  notes: string;

  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
