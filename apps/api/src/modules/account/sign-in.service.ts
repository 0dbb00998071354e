import { type DataSource } from 'typeorm';
import { type Role } from '@gpa/shared';
import { rateLimited, userInputError } from '../../graphql/errors.js';
import { type Viewer } from '../auth/viewer.js';
import { verifyDecoy, verifyPassword } from './password.js';
import { type SessionService } from './session.service.js';

/** Failed attempts allowed in the window, per account and per address. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

const INVALID = 'The e-mail address or the password is not right.';

export interface ClientInfo {
  ip: string | null;
  userAgent: string | null;
}

/**
 * Sign-in: one generic message for every failure, the same work whether the account exists or
 * not, throttling per account and per address, and every attempt recorded.
 */
export class SignInService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
  ) {}

  async signIn(
    emailInput: string,
    password: string,
    client: ClientInfo,
    previousSessionId: string | null,
  ): Promise<{ token: string; viewer: Viewer }> {
    const email = emailInput.trim().toLowerCase().slice(0, 320);
    if (!email || !password) throw userInputError(INVALID);
    const [counts] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $1)::int AS account, count(*) FILTER (WHERE ip = $2)::int AS address,
              extract(epoch FROM (min(at) FILTER (WHERE email = $1 OR ip = $2) + make_interval(mins => $3) - now()))::int AS wait
         FROM sign_in_attempt
        WHERE NOT succeeded AND at > now() - make_interval(mins => $3) AND (email = $1 OR ip = $2)`,
      [email, client.ip, THROTTLE.windowMinutes],
    );
    if (counts.account >= THROTTLE.perAccount || counts.address >= THROTTLE.perAddress) {
      await this.record(email, client, false, 'throttled');
      const wait = Math.max(60, counts.wait ?? THROTTLE.windowMinutes * 60);
      throw rateLimited(
        `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minutes.`,
        wait,
      );
    }
    const [user]: {
      id: string;
      passwordHash: string;
      isActive: boolean;
      displayName: string;
      roles: Role[];
    }[] = await this.dataSource.query(
      `SELECT id, password_hash AS "passwordHash", is_active AS "isActive", display_name AS "displayName",
                roles::text[] AS roles
           FROM user_account WHERE lower(email) = $1`,
      [email],
    );
    if (!user) {
      await verifyDecoy(password);
      await this.record(email, client, false, 'unknown-account');
      throw userInputError(INVALID);
    }
    if (!(await verifyPassword(user.passwordHash, password))) {
      await this.record(email, client, false, 'wrong-password');
      throw userInputError(INVALID);
    }
    if (!user.isActive) {
      await this.record(email, client, false, 'inactive');
      throw userInputError(INVALID);
    }
    // A new session at every sign-in: a token planted before sign-in is never promoted.
    const token = await this.dataSource.transaction(async (em) => {
      if (previousSessionId) await this.sessions.revoke(em, previousSessionId);
      await em.query(`UPDATE user_account SET last_sign_in_at = now() WHERE id = $1`, [user.id]);
      await this.record(email, client, true, null, em);
      return this.sessions.create(em, user.id, client);
    });
    const viewer = await this.sessions.resolve(token);
    return { token, viewer: viewer! };
  }

  private record(
    email: string,
    client: ClientInfo,
    succeeded: boolean,
    reason: string | null,
    em: Pick<DataSource, 'query'> = this.dataSource,
  ) {
    return em.query(
      `INSERT INTO sign_in_attempt (email, ip, succeeded, reason) VALUES ($1, $2, $3, $4)`,
      [email, client.ip, succeeded, reason],
    );
  }
}
