import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OUTCOMES, type Outcome } from '@gpa/shared';
import { User } from '../account/user.entity.js';
import { Practice } from './practice.entity.js';

/**
 * The jury's decision on an entry: its outcome and the public text (the Jury's comment for the
 * Award, the special mention text for special mentions). Public only once the competition is.
 */
@Entity('decision')
export class Decision {
  @PrimaryColumn({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @OneToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @Column({ type: 'enum', enum: OUTCOMES, enumName: 'outcome' })
  @Index()
  outcome: Outcome;

  @Column({ type: 'text', name: 'jury_text', nullable: true })
  juryText: string | null;

  @VersionColumn()
  version: number;

  /** Who recorded the current state (the chair, or the secretariat on the jury's behalf). */
  @Column({ type: 'uuid', name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decider: Relation<User> | null;

  @UpdateDateColumn({ type: 'timestamptz', name: 'decided_at' })
  decidedAt: Date;
}
