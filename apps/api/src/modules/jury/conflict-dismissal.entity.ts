import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { User } from '../account/user.entity.js';
import { Practice } from '../practice/practice.entity.js';

/**
 * A proposed conflict of interest the member dismissed: it is not proposed again. Kept apart
 * from conflict_of_interest so that every row there is a conflict that hides the entry.
 */
@Entity('conflict_dismissal')
export class ConflictDismissal {
  @PrimaryColumn({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @PrimaryColumn({ type: 'uuid', name: 'user_id' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  /** The reason the proposal gave, shown to the chair and the secretariat. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz', name: 'dismissed_at' })
  dismissedAt: Date;
}
