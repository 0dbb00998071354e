import { type DataSource } from 'typeorm';
import { ROLES, type Role } from '@gpa/shared';
import { conflict, forbidden, notFound, userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { type Viewer } from '../auth/viewer.js';
import { hashPassword, passwordProblems } from './password.js';
import { hashToken, newToken, type SessionService } from './session.service.js';

export const INVITATION_DAYS = 7;

export interface UserRow {
  id: string;
  email: string;
  displayName: string;
  roles: Role[];
  isActive: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  openSessions: number;
}

const USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.roles::text[] AS roles,
  u.is_active AS "isActive", u.last_sign_in_at AS "lastSignInAt", u.created_at AS "createdAt",
  (SELECT count(*)::int FROM user_session s WHERE s.user_id = u.id AND s.revoked_at IS NULL AND s.expires_at > now())
    AS "openSessions"`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function normalizeRoles(roles: readonly string[]): Role[] {
  const unique = [...new Set(roles)];
  if (!unique.length) throw userInputError('Give at least one role.', 'roles');
  for (const r of unique)
    if (!ROLES.includes(r as Role)) throw userInputError(`Unknown role ${r}.`, 'roles');
  return unique as Role[];
}

/** Accounts: the first administrator, invitations, deactivation and ending sessions. */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
  ) {}

  /** Creates the administrator from settings when no administrator exists yet. Returns whether it did. */
  async bootstrapAdmin(admin: { email: string; password: string; name: string }): Promise<boolean> {
    return this.dataSource.transaction(async (em) => {
      await em.query(`LOCK TABLE user_account IN SHARE ROW EXCLUSIVE MODE`);
      const [{ exists }] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM user_account WHERE 'ADMIN' = ANY(roles)) AS exists`,
      );
      if (exists) return false;
      const problems = passwordProblems(admin.password, [admin.email, admin.name]);
      if (problems.length) throw new Error(`ADMIN_PASSWORD is refused: ${problems.join(' ')}`);
      const [user] = await em.query(
        `INSERT INTO user_account (email, display_name, password_hash, roles, version)
         VALUES ($1, $2, $3, '{ADMIN}', 1)
         ON CONFLICT ((lower(email))) DO UPDATE SET roles = array_append(user_account.roles, 'ADMIN')
         RETURNING id`,
        [admin.email.toLowerCase(), admin.name, await hashPassword(admin.password)],
      );
      await this.audit.record(em, {
        actorId: null,
        action: 'user.bootstrap-admin',
        entityType: 'User',
        entityId: user.id,
        after: { email: admin.email.toLowerCase(), roles: ['ADMIN'] },
      });
      return true;
    });
  }

  listUsers(): Promise<UserRow[]> {
    return this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM user_account u ORDER BY lower(u.display_name)`,
    );
  }

  async user(id: string): Promise<UserRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${USER_COLUMNS} FROM user_account u WHERE u.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** An invitation whose token is returned once, to be passed to the person as a link. */
  async createInvitation(
    actor: Viewer,
    input: { email: string; displayName: string; roles: readonly string[] },
    requestId: string | null,
  ): Promise<{ id: string; token: string; email: string; expiresAt: Date }> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > 320)
      throw userInputError('Give a valid e-mail address.', 'email');
    const displayName = input.displayName.trim();
    if (!displayName || displayName.length > 200)
      throw userInputError('Give a name (at most 200 characters).', 'displayName');
    const roles = normalizeRoles(input.roles);
    const token = newToken();
    return this.dataSource.transaction(async (em) => {
      const [existing] = await em.query(`SELECT 1 FROM user_account WHERE lower(email) = $1`, [
        email,
      ]);
      if (existing) throw conflict('An account with this e-mail address exists already.');
      const [invitation] = await em.query(
        `INSERT INTO invitation (token_hash, email, display_name, roles, created_by, expires_at)
         VALUES ($1, $2, $3, $4::role[], $5, now() + make_interval(days => $6))
         RETURNING id, email, expires_at AS "expiresAt"`,
        [hashToken(token), email, displayName, roles, actor.userId, INVITATION_DAYS],
      );
      await this.audit.record(em, {
        actorId: actor.userId,
        action: 'invitation.create',
        entityType: 'Invitation',
        entityId: invitation.id,
        after: { email, displayName, roles },
        requestId,
      });
      return { ...invitation, token };
    });
  }

  /** Turns a valid, unused invitation into an account with the chosen password. */
  async acceptInvitation(
    token: string,
    password: string,
    requestId: string | null,
  ): Promise<UserRow> {
    const userId = await this.dataSource.transaction(async (em) => {
      const [invitation] = await em.query(
        `SELECT id, email, display_name AS "displayName", roles::text[] AS roles FROM invitation
          WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() FOR UPDATE`,
        [hashToken(token.slice(0, 100))],
      );
      if (!invitation) throw notFound('This invitation');
      const problems = passwordProblems(password, [invitation.email, invitation.displayName]);
      if (problems.length) throw userInputError(problems.join(' '), 'password');
      const [existing] = await em.query(`SELECT 1 FROM user_account WHERE lower(email) = $1`, [
        invitation.email,
      ]);
      if (existing) throw conflict('An account with this e-mail address exists already.');
      const [user] = await em.query(
        `INSERT INTO user_account (email, display_name, password_hash, roles, version)
         VALUES ($1, $2, $3, $4::role[], 1) RETURNING id`,
        [invitation.email, invitation.displayName, await hashPassword(password), invitation.roles],
      );
      await em.query(`UPDATE invitation SET accepted_at = now() WHERE id = $1`, [invitation.id]);
      await this.audit.record(em, {
        actorId: user.id,
        action: 'invitation.accept',
        entityType: 'User',
        entityId: user.id,
        after: { email: invitation.email, roles: invitation.roles },
        requestId,
      });
      return user.id as string;
    });
    return (await this.user(userId))!;
  }

  /** Deactivates or reactivates a user; deactivating also ends every session. */
  async setActive(
    actor: Viewer,
    userId: string,
    active: boolean,
    requestId: string | null,
  ): Promise<UserRow> {
    if (actor.userId === userId && !active) throw forbidden();
    await this.dataSource.transaction(async (em) => {
      const [user] = await em.query(
        `SELECT is_active AS "isActive", roles::text[] AS roles FROM user_account WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!user) throw notFound('This user');
      if (user.isActive === active) return;
      await em.query(
        `UPDATE user_account SET is_active = $2, updated_at = now(), version = version + 1 WHERE id = $1`,
        [userId, active],
      );
      if (!active) await this.sessions.revokeAllOf(em, userId);
      await this.audit.record(em, {
        actorId: actor.userId,
        action: active ? 'user.reactivate' : 'user.deactivate',
        entityType: 'User',
        entityId: userId,
        before: { isActive: user.isActive },
        after: { isActive: active },
        requestId,
      });
    });
    return (await this.user(userId))!;
  }

  async endSessions(actor: Viewer, userId: string, requestId: string | null): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const [user] = await em.query(`SELECT 1 FROM user_account WHERE id = $1`, [userId]);
      if (!user) throw notFound('This user');
      const ended = await this.sessions.revokeAllOf(em, userId);
      await this.audit.record(em, {
        actorId: actor.userId,
        action: 'user.end-sessions',
        entityType: 'User',
        entityId: userId,
        after: { sessionsEnded: ended },
        requestId,
      });
      return ended;
    });
  }
}
