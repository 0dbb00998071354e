import { createHash, randomBytes } from 'node:crypto';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Role } from '@gpa/shared';
import { type Viewer } from '../auth/viewer.js';

export const SESSION_COOKIE = 'gpa_session';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');
export const newToken = () => randomBytes(32).toString('base64url');

export interface SessionSettings {
  idleMinutes: number;
  maxHours: number;
}

/**
 * Server-side sessions in the database, shared by every API process. A session ends when it is
 * revoked, when it has been idle too long, at its absolute expiry, or when its user is deactivated.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: SessionSettings,
  ) {}

  /** A new session for `userId`; returns the token to put in the cookie. */
  async create(
    em: EntityManager,
    userId: string,
    client: { ip: string | null; userAgent: string | null },
  ) {
    const token = newToken();
    await em.query(
      `INSERT INTO user_session (token_hash, user_id, last_seen_at, expires_at, ip, user_agent)
       VALUES ($1, $2, now(), now() + make_interval(hours => $3), $4, $5)`,
      [
        hashToken(token),
        userId,
        this.settings.maxHours,
        client.ip,
        client.userAgent?.slice(0, 500) ?? null,
      ],
    );
    return token;
  }

  /** The viewer a cookie token stands for, or null; extends the idle window (at most once a minute). */
  async resolve(token: string | undefined): Promise<Viewer | null> {
    if (!token || token.length > 100) return null;
    const rows: {
      sessionId: string;
      userId: string;
      email: string;
      displayName: string;
      roles: Role[] | string;
    }[] = await this.dataSource.query(
      // A CTE so that the driver returns the rows (TypeORM returns [rows, count] for a bare UPDATE).
      `WITH touched AS (
         UPDATE user_session s SET last_seen_at = CASE WHEN s.last_seen_at < now() - interval '1 minute'
                                                       THEN now() ELSE s.last_seen_at END
           FROM user_account u
          WHERE s.token_hash = $1 AND u.id = s.user_id AND u.is_active
            AND s.revoked_at IS NULL AND s.expires_at > now()
            AND s.last_seen_at > now() - make_interval(mins => $2)
        RETURNING s.id AS "sessionId", u.id AS "userId", u.email, u.display_name AS "displayName", u.roles::text[] AS roles)
         SELECT * FROM touched`,
      [hashToken(token), this.settings.idleMinutes],
    );
    const row = rows[0];
    if (!row) return null;
    return { ...row, roles: Array.isArray(row.roles) ? row.roles : parseArray(row.roles) };
  }

  /** Ends one session (sign-out). */
  end(sessionId: string) {
    return this.revoke(this.dataSource.manager, sessionId);
  }

  revoke(em: EntityManager, sessionId: string) {
    return em.query(
      `UPDATE user_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId],
    );
  }

  /** Ends every session of a user; returns how many were open. */
  async revokeAllOf(em: EntityManager, userId: string): Promise<number> {
    const [{ n }] = await em.query(
      `WITH ended AS (UPDATE user_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING 1)
       SELECT count(*)::int AS n FROM ended`,
      [userId],
    );
    return n;
  }
}

/** PostgreSQL's text form of an array, '{ADMIN,JURY}', as some drivers return enum arrays. */
function parseArray(value: string): Role[] {
  return value.replace(/^{|}$/g, '').split(',').filter(Boolean) as Role[];
}
