import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THROTTLE } from '../sign-in.service.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser, PASSWORD } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  await server?.close();
});

describe('sign-in', () => {
  it('signs in with an HttpOnly SameSite session cookie, answers me, and signs out', async () => {
    const user = await createUser(server, ['SECRETARIAT'], 'Sam Secretariat');
    const client = new Client(server);
    expect((await client.query(`{ me { id } }`)).data).toEqual({ me: null });
    const res = await client.signIn(user.email.toUpperCase());
    expect(res.errors).toBeUndefined();
    const setCookie = client.lastResponse!.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^gpa_session=[\w-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    expect((await client.query(`{ me { email displayName roles } }`)).data).toEqual({
      me: { email: user.email, displayName: 'Sam Secretariat', roles: ['SECRETARIAT'] },
    });
    const cookie = client.cookie;
    await client.query(`mutation { signOut }`);
    expect(client.cookie).toBeNull();
    // The old cookie is dead on the server, not only in the browser.
    const replay = new Client(server);
    replay.cookie = cookie;
    expect((await replay.query(`{ me { id } }`)).data).toEqual({ me: null });
  });

  it('gives the same message for an unknown account, a wrong password and a deactivated user', async () => {
    const user = await createUser(server, ['JURY']);
    const inactive = await createUser(server, ['JURY']);
    await server.database.dataSource.query(
      `UPDATE user_account SET is_active = false WHERE id = $1`,
      [inactive.id],
    );
    const messages = await Promise.all([
      new Client(server).signIn('nobody-at-all@example.org'),
      new Client(server).signIn(user.email, 'wrong password entirely'),
      new Client(server).signIn(inactive.email),
    ]);
    const errors = messages.map((m) => m.errors?.[0]);
    expect(new Set(errors.map((e) => e?.message)).size).toBe(1);
    expect(errors.every((e) => e?.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    const [attempts] = await server.database.dataSource.query(
      `SELECT count(*)::int AS n FROM sign_in_attempt WHERE email = ANY($1) AND NOT succeeded`,
      [[user.email, inactive.email, 'nobody-at-all@example.org']],
    );
    expect(attempts.n).toBe(3);
  });

  it('rotates the session at sign-in: a token held before is not promoted', async () => {
    const user = await createUser(server, ['JURY']);
    const client = new Client(server);
    await client.signIn(user.email);
    const first = client.cookie;
    await client.signIn(user.email);
    expect(client.cookie).not.toBe(first);
    const old = new Client(server);
    old.cookie = first;
    expect((await old.query(`{ me { id } }`)).data).toEqual({ me: null });
  });

  it('throttles an account after repeated failures, with 429 and Retry-After, even for the right password', async () => {
    const user = await createUser(server, ['JURY']);
    for (let i = 0; i < THROTTLE.perAccount; i += 1) {
      const res = await new Client(server).signIn(user.email, `wrong ${i} password`);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const client = new Client(server);
    const blocked = await client.signIn(user.email);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(client.lastResponse!.status).toBe(429);
    expect(Number(client.lastResponse!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(client.cookie).toBeNull();
  });

  it('throttles an address after repeated failures on many accounts', async () => {
    const client = () => new Client(server, { 'x-forwarded-for': '203.0.113.9' });
    for (let i = 0; i < THROTTLE.perAddress; i += 1) {
      await client().signIn(`spray-${i}@example.org`, 'Password1!');
    }
    const user = await createUser(server, ['JURY']);
    const res = await client().signIn(user.email);
    expect(res.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });

  it('ends sessions after the idle timeout and at the absolute expiry', async () => {
    const user = await createUser(server, ['JURY']);
    const idle = new Client(server);
    await idle.signIn(user.email);
    await server.database.dataSource.query(
      `UPDATE user_session SET last_seen_at = now() - interval '2 hours' WHERE user_id = $1`,
      [user.id],
    );
    expect((await idle.query(`{ me { id } }`)).data).toEqual({ me: null });
    const old = new Client(server);
    await old.signIn(user.email);
    await server.database.dataSource.query(
      `UPDATE user_session SET expires_at = now() - interval '1 second' WHERE user_id = $1 AND revoked_at IS NULL`,
      [user.id],
    );
    expect((await old.query(`{ me { id } }`)).data).toEqual({ me: null });
  });

  it('never returns a password hash through any field', async () => {
    const admin = await createUser(server, ['ADMIN']);
    const client = new Client(server);
    await client.signIn(admin.email);
    const res = await client.query(
      `{ users { id email displayName roles isActive lastSignInAt createdAt openSessions } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(JSON.stringify(res)).not.toMatch(/argon2/);
    const schema = await client.query(`{ __type(name: "User") { fields { name } } }`);
    expect(schema.data.__type.fields.map((f: { name: string }) => f.name)).not.toContain(
      'passwordHash',
    );
    const [stored] = await server.database.dataSource.query(
      `SELECT password_hash FROM user_account WHERE id = $1`,
      [admin.id],
    );
    expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });
});

describe('invitations and user management', () => {
  it('invites, accepts with a strong password only, deactivates (ending sessions) and audits it all', async () => {
    const admin = await createUser(server, ['ADMIN'], 'Ada Admin');
    const adminClient = new Client(server);
    await adminClient.signIn(admin.email);
    const invited = await adminClient.query(
      `mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id email link expiresAt } }`,
      { i: { email: 'New.Juror@Example.org', displayName: 'New Juror', roles: ['JURY'] } },
    );
    expect(invited.errors).toBeUndefined();
    const link: string = invited.data.createInvitation.link;
    expect(link).toMatch(/\/console\/invitation#[\w-]{40,}$/);
    const token = link.split('#')[1]!;

    const newcomer = new Client(server);
    const weak = await newcomer.query(
      `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }`,
      { t: token, p: 'password123' },
    );
    expect(weak.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const accepted = await newcomer.query(
      `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id email roles } }`,
      { t: token, p: PASSWORD },
    );
    expect(accepted.data.acceptInvitation).toMatchObject({
      email: 'new.juror@example.org',
      roles: ['JURY'],
    });
    const again = await new Client(server).query(
      `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }`,
      { t: token, p: PASSWORD },
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await newcomer.query(`{ me { email } }`)).data.me.email).toBe('new.juror@example.org');

    const userId = accepted.data.acceptInvitation.id;
    const deactivated = await adminClient.query(
      `mutation($id: ID!) { setUserActive(userId: $id, active: false) { isActive openSessions } }`,
      { id: userId },
    );
    expect(deactivated.data.setUserActive).toEqual({ isActive: false, openSessions: 0 });
    expect((await newcomer.query(`{ me { email } }`)).data.me).toBeNull();

    const log = await adminClient.query(
      `{ auditLog(first: 20) { action entityType entityId actorName } }`,
    );
    const actions = log.data.auditLog.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['invitation.create', 'invitation.accept', 'user.deactivate']),
    );
    expect(
      log.data.auditLog.find((e: { action: string }) => e.action === 'user.deactivate').actorName,
    ).toBe('Ada Admin');
  });

  it('keeps the audit log append-only in the database itself', async () => {
    const ds = server.database.dataSource;
    await expect(ds.query(`UPDATE audit_log SET action = 'forged'`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
  });

  it('creates the first administrator from settings once, and never twice', async () => {
    const { services } = await import('../../../testing/services.js').then((m) =>
      m.servicesFor(server),
    );
    await server.database.dataSource.query(
      `UPDATE user_account SET roles = array_remove(roles, 'ADMIN')`,
    );
    try {
      expect(
        await services.accounts.bootstrapAdmin({
          email: 'root@example.org',
          password: PASSWORD,
          name: 'Root',
        }),
      ).toBe(true);
      expect(
        await services.accounts.bootstrapAdmin({
          email: 'other@example.org',
          password: PASSWORD,
          name: 'Other',
        }),
      ).toBe(false);
      const client = new Client(server);
      expect((await client.signIn('root@example.org')).data.signIn.roles).toEqual(['ADMIN']);
      await expect(
        services.accounts.bootstrapAdmin({
          email: 'x@example.org',
          password: 'password',
          name: 'X',
        }),
      ).resolves.toBe(false);
    } finally {
      await server.database.dataSource.query(
        `DELETE FROM user_account WHERE email IN ('root@example.org')`,
      );
    }
  });
});
