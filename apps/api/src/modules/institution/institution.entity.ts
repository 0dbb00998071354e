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
import { Country } from '../geography/country.entity.js';

/** A member institution (organization); one country each. */
@Entity('institution')
@Index('UQ_institution_country_name', ['countryId', 'name'], { unique: true })
// Same name in the same country whatever the case or spacing: an expression index, by hand.
@Index('UQ_institution_country_normalized_name', { synchronize: false })
export class Institution {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  acronym: string | null;

  @Column({ type: 'uuid', name: 'country_id' })
  @Index()
  countryId: string;

  @ManyToOne(() => Country, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'country_id' })
  country: Relation<Country>;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** Optimistic concurrency: a staff save must name the version it read. */
  @VersionColumn({ default: 1 })
  version: number;
}
