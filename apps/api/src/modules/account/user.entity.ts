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
import { ROLES, type Role } from '@gpa/shared';
import { Country } from '../geography/country.entity.js';
import { Institution } from '../institution/institution.entity.js';

/** A console account. The password hash never leaves the database layer. */
@Entity('user_account')
@Index('UQ_user_account_email', { synchronize: false })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased; unique case-insensitively (index created in the migration). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text', name: 'display_name' })
  displayName: string;

  /** argon2id, PHC string format. */
  @Column({ type: 'text', name: 'password_hash', select: false })
  passwordHash: string;

  @Column({ type: 'enum', enum: ROLES, enumName: 'role', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({ type: 'boolean', name: 'is_active', default: true })
  isActive: boolean;

  /** The member's own institution, for proposing conflicts of interest (jury members). */
  @Column({ type: 'uuid', name: 'institution_id', nullable: true })
  institutionId: string | null;

  @ManyToOne(() => Institution, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'institution_id' })
  institution: Relation<Institution> | null;

  /** The member's own country, for proposing conflicts of interest (jury members). */
  @Column({ type: 'uuid', name: 'country_id', nullable: true })
  countryId: string | null;

  @ManyToOne(() => Country, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'country_id' })
  country: Relation<Country> | null;

  @Column({ type: 'timestamptz', name: 'last_sign_in_at', nullable: true })
  lastSignInAt: Date | null;

  @VersionColumn()
  version: number;

  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
