import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Page } from 'playwright-core';
import { startProductionProcess, type ProductionProcess } from './production-process.js';

export const ADMIN_EMAIL = 'admin@example.org';
export const ADMIN_PASSWORD = 'Lantern harbour walrus 2026';
/** The password every helper-made account gets: long, uncommon, unrelated to the names. */
export const STAFF_PASSWORD = 'Quiet rivers carry mountains 2026';

export interface ConsoleServer extends ProductionProcess {
  dataDir: string;
}

/**
 * A production process of its own (fresh DATA_DIR, seeded on first start) with a bootstrap
 * administrator, for tests that write: they never disturb the shared read-only process.
 * The anonymous rate limit is off, since one test makes many requests from one address.
 */
export async function startConsoleServer(env: Record<string, string> = {}): Promise<ConsoleServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'gpa-console-'));
  const server = await startProductionProcess({
    DATA_DIR: dataDir,
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    RATE_LIMIT_PER_MINUTE: '0',
    ...env,
  });
  return {
    ...server,
    dataDir,
    async stop() {
      const code = await server.stop();
      await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

export interface GraphQLAnswer<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A GraphQL client that keeps the session cookie, as a browser would. */
export class StaffClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLAnswer<T>> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    return (await res.json()) as GraphQLAnswer<T>;
  }

  /** Like query, but throws on any GraphQL error: for setup steps that must succeed. */
  async must<T = any>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const answer = await this.query<T>(query, variables);
    if (answer.errors?.length || !answer.data)
      throw new Error(`GraphQL failed: ${JSON.stringify(answer.errors)}`);
    return answer.data;
  }

  async signIn(email: string, password: string): Promise<void> {
    await this.must(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: email, p: password },
    );
  }
}

export async function adminClient(baseUrl: string): Promise<StaffClient> {
  const admin = new StaffClient(baseUrl);
  await admin.signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
  return admin;
}

export interface StaffAccount {
  id: string;
  email: string;
  name: string;
  password: string;
}

let counter = 0;

/**
 * A new console account with the given roles, made the way an administrator does it: an
 * invitation through the GraphQL API, accepted with STAFF_PASSWORD.
 */
export async function createStaffUser(
  baseUrl: string,
  roles: ('ADMIN' | 'SECRETARIAT' | 'JURY')[],
  name = `${roles.join(' ').toLowerCase()} person ${++counter}`,
): Promise<StaffAccount> {
  const admin = await adminClient(baseUrl);
  const email = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '.')}.${Date.now().toString(36)}@example.org`;
  const { createInvitation } = await admin.must<{ createInvitation: { link: string } }>(
    `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { link } }`,
    { input: { email, displayName: name, roles } },
  );
  const token = decodeURIComponent(createInvitation.link.split('#')[1]!);
  const person = new StaffClient(baseUrl);
  const { acceptInvitation } = await person.must<{ acceptInvitation: { id: string } }>(
    `mutation($t: String!, $p: String!) { acceptInvitation(token: $t, password: $p) { id } }`,
    { t: token, p: STAFF_PASSWORD },
  );
  return { id: acceptInvitation.id, email, name, password: STAFF_PASSWORD };
}

/** A GraphQL client already signed in as `account`. */
export async function clientFor(baseUrl: string, account: StaffAccount): Promise<StaffClient> {
  const client = new StaffClient(baseUrl);
  await client.signIn(account.email, account.password);
  return client;
}

/** Signs in through the console's sign-in page and waits until it has left it. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/console/sign-in`);
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/console/sign-in'));
}
