import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Competition } from '../competition/competition.entity.js';

/**
 * One criterion the jury of a competition scores each entry on (e.g. innovation), with its
 * weight in the weighted mean. Set by the secretariat; a competition without any gets the
 * programme's defaults the first time its jury workspace is opened.
 */
@Entity('jury_criterion')
@Index('UQ_jury_criterion_name', ['competitionId', 'name'], { unique: true })
export class JuryCriterion {
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
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'numeric', precision: 6, scale: 2, default: 1 })
  weight: string;

  /** The version of the competition's whole list (every row carries it); a save names it. */
  @Column({ type: 'int', name: 'list_version', default: 1 })
  listVersion: number;
}
