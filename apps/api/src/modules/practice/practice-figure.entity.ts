import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Practice } from './practice.entity.js';

/**
 * One result figure from "Evaluating the results": either a value as written ("97 per cent")
 * or a before/after pair (278,000 → 336,000 inspections).
 */
@Entity('practice_figure')
export class PracticeFigure {
  @PrimaryColumn({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn({ type: 'int' })
  position: number;

  /** The indicator group the figure belongs to, e.g. "Electronic inspection". */
  @Column({ type: 'text', name: 'group_label', nullable: true })
  group: string | null;

  @Column({ type: 'text' })
  label: string;

  @Column({ type: 'text', nullable: true })
  value: string | null;

  @Column({ type: 'double precision', name: 'before_value', nullable: true })
  before: number | null;

  @Column({ type: 'double precision', name: 'after_value', nullable: true })
  after: number | null;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;
}
