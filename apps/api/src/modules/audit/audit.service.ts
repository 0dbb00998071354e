import { type DataSource, type EntityManager } from 'typeorm';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** The append-only record of every change made through the console. */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Records a change inside the caller's transaction, so the change and its record land together. */
  record(em: EntityManager, entry: AuditRecord) {
    return em.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)`,
      [
        entry.actorId,
        entry.action,
        entry.entityType,
        entry.entityId,
        entry.before === undefined ? null : JSON.stringify(entry.before),
        entry.after === undefined ? null : JSON.stringify(entry.after),
        entry.requestId ?? null,
      ],
    );
  }

  /** Newest first; `before` is the id of the last entry of the previous page. */
  list(options: {
    first: number;
    before?: string | null;
    entityType?: string | null;
    entityId?: string | null;
  }) {
    return this.dataSource.query(
      `SELECT a.id::text, a.at, a.actor_id AS "actorId", u.display_name AS "actorName", a.action,
              a.entity_type AS "entityType", a.entity_id AS "entityId", a.before, a.after, a.request_id AS "requestId"
         FROM audit_log a LEFT JOIN user_account u ON u.id = a.actor_id
        WHERE ($2::bigint IS NULL OR a.id < $2::bigint)
          AND ($3::text IS NULL OR a.entity_type = $3) AND ($4::text IS NULL OR a.entity_id = $4)
        ORDER BY a.id DESC LIMIT $1`,
      [options.first, options.before ?? null, options.entityType ?? null, options.entityId ?? null],
    ) as Promise<AuditRow[]>;
  }
}
