import { Column, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { REGIONS, type Region } from '@gpa/shared';

/** A country, addressed publicly by its ISO 3166-1 alpha-2 code. */
@Entity('country')
export class Country {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'char', length: 2, unique: true })
  code: string;

  /** The name the programme prints, e.g. "Republic of Korea", "Viet Nam". */
  @Column({ type: 'text', unique: true })
  name: string;

  /** Where lists sort it: "Korea, Republic of". */
  @Column({ type: 'text', name: 'sort_name' })
  sortName: string;

  @Column({ type: 'enum', enum: REGIONS, enumName: 'region' })
  region: Region;

  /** Optimistic concurrency: a staff save must name the version it read. */
  @VersionColumn({ default: 1 })
  version: number;
}
