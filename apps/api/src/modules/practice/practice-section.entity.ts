import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Practice } from './practice.entity.js';

/** One answer of the submission form (keys from FORM_SECTIONS in @gpa/shared). */
@Entity('practice_section')
export class PracticeSection {
  @PrimaryColumn({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  body: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;
}
