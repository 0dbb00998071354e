import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Competition } from './competition.entity.js';

/**
 * A seat on a competition's jury with its public description ("Chairperson of the Editorial
 * Board of the International Social Security Review"). The accounts work links a seat to a user.
 */
@Entity('jury_member')
@Index('UQ_jury_member_position', ['competitionId', 'position'], { unique: true })
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
}
