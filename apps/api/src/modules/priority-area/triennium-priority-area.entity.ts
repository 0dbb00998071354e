import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PriorityArea } from './priority-area.entity.js';
import { Triennium } from './triennium.entity.js';

/** A triennium's list of priority areas, in the programme's order. */
@Entity('triennium_priority_area')
export class TrienniumPriorityArea {
  @PrimaryColumn({ type: 'uuid', name: 'triennium_id' })
  trienniumId: string;

  @PrimaryColumn({ type: 'uuid', name: 'priority_area_id' })
  priorityAreaId: string;

  @Column({ type: 'int' })
  position: number;

  @ManyToOne(() => Triennium, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'triennium_id' })
  triennium: Relation<Triennium>;

  @ManyToOne(() => PriorityArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'priority_area_id' })
  priorityArea: Relation<PriorityArea>;
}
