import { randomBytes } from 'node:crypto';
import { type Role } from '@gpa/shared';
import { hashPassword } from '../modules/account/password.js';
import { type RunningServer } from '../server.js';
import { type GraphQLResult } from './test-server.js';

export const PASSWORD = 'Quiet rivers carry mountains 2026';

/** A console account created straight in the database, with a unique e-mail address. */
export async function createUser(
  server: RunningServer,
  roles: Role[],
  name = roles.join('+') || 'nobody',
) {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, '-')}-${randomBytes(4).toString('hex')}@example.org`;
  const [row] = await server.database.dataSource.query(
    `INSERT INTO user_account (email, display_name, password_hash, roles, version)
     VALUES ($1, $2, $3, $4::role[], 1) RETURNING id`,
    [email, name, await hashPassword(PASSWORD), roles],
  );
  return { id: row.id as string, email, name };
}

/** A GraphQL client that keeps the session cookie, as a browser would. */
export class Client {
  cookie: string | null = null;
  lastResponse: Response | null = null;

  constructor(
    private readonly server: RunningServer,
    private readonly headers: Record<string, string> = {},
  ) {}

  async query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<T>> {
    const res = await fetch(`${this.server.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...this.headers,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.lastResponse = res;
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    return (await res.json()) as GraphQLResult<T>;
  }

  async signIn(email: string, password = PASSWORD) {
    return this.query(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id roles } }`,
      {
        e: email,
        p: password,
      },
    );
  }
}
