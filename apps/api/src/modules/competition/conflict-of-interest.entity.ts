import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '../account/user.entity.js';
import { Practice } from '../practice/practice.entity.js';

/**
 * A jury member's conflict of interest with an entry: declared by the member (with a reason) or
 * proposed by the system (own institution or country). A conflicted member cannot see the
 * others' assessments of the entry, its deliberation or its decision, nor take part in it.
 */
@Entity('conflict_of_interest')
@Index(['practiceId', 'userId'], { unique: true })
export class ConflictOfInterest {
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

  @Column({ type: 'text' })
  reason: string;

  /** DECLARED by the member or PROPOSED by the system. */
  @Column({ type: 'text', default: 'DECLARED' })
  source: string;

  @CreateDateColumn({ type: 'timestamptz', name: 'declared_at' })
  declaredAt: Date;

  /**
   * When the member confirmed a PROPOSED conflict (a DECLARED one needs no confirmation). An
   * unconfirmed proposal already counts as a conflict; dismissing it deletes the row.
   */
  @Column({ type: 'timestamptz', name: 'confirmed_at', nullable: true })
  confirmedAt: Date | null;
}
