import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  VersionColumn,
} from 'typeorm';
import { User } from '../account/user.entity.js';
import { Competition } from './competition.entity.js';

/**
 * A seat on a competition's jury with its public description ("Chairperson of the Editorial
 * Board of the International Social Security Review"), optionally held by a console account.
 */
@Entity('jury_member')
@Index('UQ_jury_member_position', ['competitionId', 'position'], { unique: true })
// Partial unique index (one seat per person per jury), created by hand in a migration.
@Index('UQ_jury_member_user', { synchronize: false })
// At most one chair per jury: a partial unique index, by hand.
@Index('UQ_jury_member_chair', { synchronize: false })
export class JuryMember {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'competition_id' })
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competition_id' })
  competition: Relation<Competition>;

  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  description: string;

  /** Not published by the programme; optional. */
  @Column({ type: 'text', nullable: true })
  name: string | null;

  @Column({ type: 'boolean', name: 'is_chair', default: false })
  isChair: boolean;

  /** The account that sits in this seat; null for juries recorded only from a booklet. */
  @Column({ type: 'uuid', name: 'user_id', nullable: true })
  @Index()
  userId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User> | null;

  /** Moves on with every change of the description or printed name (optimistic concurrency). */
  @VersionColumn({ default: 1 })
  version: number;
}
