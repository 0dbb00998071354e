import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { LESSON_KINDS, type LessonKind } from '@gpa/shared';
import { Practice } from './practice.entity.js';

/** "Lessons learned": up to three success factors and up to three risks. */
@Entity('practice_lesson')
export class PracticeLesson {
  @PrimaryColumn({ type: 'uuid', name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn({ type: 'enum', enum: LESSON_KINDS, enumName: 'lesson_kind' })
  kind: LessonKind;

  @PrimaryColumn({ type: 'int' })
  position: number;

  @Column({ type: 'text' })
  text: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;
}
