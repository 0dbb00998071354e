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
import { ENTRY_STATUSES, type EntryStatus } from '@gpa/shared';
import { Competition } from '../competition/competition.entity.js';
import { Institution } from '../institution/institution.entity.js';

/**
 * An entry to a competition: the good practice as the institution submitted it. Whether the
 * public sees it depends on its competition being published (see the published_practice view).
 */
@Entity('practice')
@Index('UQ_practice_competition_institution_title', ['competitionId', 'institutionId', 'title'], {
  unique: true,
})
// Maintained by the practice_search_refresh triggers; created by hand in a migration.
@Index('IDX_practice_search_vector', { synchronize: false })
export class Practice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'uuid', name: 'competition_id' })
  @Index()
  competitionId: string;

  @ManyToOne(() => Competition, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competition_id' })
  competition: Relation<Competition>;

  @Column({ type: 'uuid', name: 'institution_id' })
  @Index()
  institutionId: string;

  @ManyToOne(() => Institution, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institution_id' })
  institution: Relation<Institution>;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'int', name: 'in_operation_since', nullable: true })
  inOperationSince: number | null;

  @Column({ type: 'enum', enum: ENTRY_STATUSES, enumName: 'entry_status', default: 'SUBMITTED' })
  status: EntryStatus;

  /** Place in the results booklet within its outcome group; null sorts by country and institution. */
  @Column({ type: 'int', nullable: true })
  position: number | null;

  /** Weighted full-text document: title (A), summary and institution (B), the sections (C). */
  @Column({ type: 'tsvector', name: 'search_vector', nullable: true, select: false })
  searchVector: string | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
