import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { COMPETITION_STATUSES, REGIONS, type CompetitionStatus, type Region } from '@gpa/shared';
import { Triennium } from '../priority-area/triennium.entity.js';

/**
 * One region in one year of a triennium, presented at that region's Regional Social Security
 * Forum. Its results stay confidential until status is PUBLISHED.
 */
@Entity('competition')
@Index('UQ_competition_region_year', ['region', 'year'], { unique: true })
export class Competition {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'enum', enum: REGIONS, enumName: 'region' })
  region: Region;

  @Column({ type: 'int' })
  year: number;

  /** "Asia and the Pacific 2018". */
  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'uuid', name: 'triennium_id' })
  trienniumId: string;

  @ManyToOne(() => Triennium, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'triennium_id' })
  triennium: Relation<Triennium>;

  @Column({
    type: 'enum',
    enum: COMPETITION_STATUSES,
    enumName: 'competition_status',
    default: 'DRAFT',
  })
  status: CompetitionStatus;

  @Column({ type: 'text', name: 'forum_name', nullable: true })
  forumName: string | null;

  @Column({ type: 'text', name: 'forum_place', nullable: true })
  forumPlace: string | null;

  @Column({ type: 'date', name: 'forum_date', nullable: true })
  forumDate: string | null;

  @Column({ type: 'date', name: 'submission_deadline', nullable: true })
  submissionDeadline: string | null;

  /** The programme introduction printed at the start of the results booklet. */
  @Column({ type: 'text', default: '' })
  introduction: string;

  /** The booklet's paragraph on the jury's composition. */
  @Column({ type: 'text', name: 'jury_introduction', default: '' })
  juryIntroduction: string;

  /** The booklet's closing note on where the full practices are published. */
  @Column({ type: 'text', name: 'portal_note', nullable: true })
  portalNote: string | null;

  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  /** Optimistic concurrency: a save must name the version it read. */
  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
