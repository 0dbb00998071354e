import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One change made through the console: who, when, what, before and after. Append-only: a
 * trigger refuses UPDATE and DELETE.
 */
@Entity('audit_log')
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  @Index()
  at: Date;

  /** Null for changes made by the system (seed, bootstrap). */
  @Column({ type: 'uuid', name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text', name: 'entity_type' })
  entityType: string;

  @Column({ type: 'text', name: 'entity_id' })
  entityId: string;

  @Column({ type: 'jsonb', nullable: true })
  before: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after: unknown;

  @Column({ type: 'text', name: 'request_id', nullable: true })
  requestId: string | null;
}
