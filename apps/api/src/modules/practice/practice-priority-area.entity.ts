import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from 'typeorm';
import { PriorityArea } from '../priority-area/priority-area.entity.js';
import { Practice } from './practice.entity.js';

/** The 1 to 3 priority areas of a practice, in the order the entry lists them. */
@Entity('practice_priority_area')
export class PracticePriorityArea {
  @PrimaryColumn({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn({ type: 'uuid', name: 'priority_area_id' })
  @Index()
  priorityAreaId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @ManyToOne(() => PriorityArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'priority_area_id' })
  priorityArea: Relation<PriorityArea>;
}
