import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role } from '@gpa/shared';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';
import { startTestServer } from '../../../testing/test-server.js';

/**
 * Every root field of the schema, who may use it, and an operation that uses it. A field added
 * to the schema without a line here fails the first test.
 */
type Audience = 'PUBLIC' | 'SIGNED_IN' | Role[];
interface Rule {
  audience: Audience;
  operation: (f: Fixtures) => { query: string; variables?: Record<string, unknown> };
}
interface Fixtures {
  competitionId: string;
  draftId: string;
  targetUserId: string;
}

const q = (query: string, variables?: Record<string, unknown>) => ({ query, variables });
const PUBLIC_READ = (query: string): Rule => ({ audience: 'PUBLIC', operation: () => q(query) });

const RULES: Record<string, Rule> = {
  'Query.practices': PUBLIC_READ(`{ practices { totalCount } }`),
  'Query.practice': PUBLIC_READ(`{ practice(slug: "x") { id } }`),
  'Query.competitions': PUBLIC_READ(`{ competitions { id } }`),
  'Query.competition': PUBLIC_READ(`{ competition(region: EUROPE, year: 2000) { id } }`),
  'Query.competitionBySlug': PUBLIC_READ(`{ competitionBySlug(slug: "x") { id } }`),
  'Query.institution': PUBLIC_READ(`{ institution(slug: "x") { id } }`),
  'Query.countries': PUBLIC_READ(`{ countries { code } }`),
  'Query.country': PUBLIC_READ(`{ country(code: "KR") { code } }`),
  'Query.priorityAreas': PUBLIC_READ(`{ priorityAreas { slug } }`),
  'Query.priorityArea': PUBLIC_READ(`{ priorityArea(slug: "x") { slug } }`),
  'Query.node': PUBLIC_READ(`{ node(id: "x") { id } }`),
  'Query.me': PUBLIC_READ(`{ me { id } }`),
  'Mutation.signIn': {
    audience: 'PUBLIC',
    operation: () =>
      q(`mutation { signIn(email: "nobody@example.org", password: "not the password") { id } }`),
  },
  'Mutation.signOut': PUBLIC_READ(`mutation { signOut }`),
  'Mutation.acceptInvitation': {
    audience: 'PUBLIC',
    operation: () => q(`mutation { acceptInvitation(token: "bogus", password: "x") { id } }`),
  },
  'Query.users': { audience: ['ADMIN'], operation: () => q(`{ users { id } }`) },
  'Query.auditLog': { audience: ['ADMIN'], operation: () => q(`{ auditLog { id } }`) },
  'Mutation.createInvitation': {
    audience: ['ADMIN'],
    operation: () =>
      q(`mutation($i: CreateInvitationInput!) { createInvitation(input: $i) { id } }`, {
        i: {
          email: `m-${randomBytes(4).toString('hex')}@example.org`,
          displayName: 'M',
          roles: ['JURY'],
        },
      }),
  },
  'Mutation.setUserActive': {
    audience: ['ADMIN'],
    operation: (f) =>
      q(`mutation($id: ID!) { setUserActive(userId: $id, active: true) { id } }`, {
        id: f.targetUserId,
      }),
  },
  'Mutation.endUserSessions': {
    audience: ['ADMIN'],
    operation: (f) =>
      q(`mutation($id: ID!) { endUserSessions(userId: $id) }`, { id: f.targetUserId }),
  },
  'Query.managedCompetitions': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: () => q(`{ managedCompetitions { id } }`),
  },
  'Query.managedCompetition': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: (f) =>
      q(`query($id: ID!) { managedCompetition(id: $id) { id entries { id } } }`, {
        id: f.competitionId,
      }),
  },
  'Mutation.setCompetitionStatus': {
    audience: ['SECRETARIAT'],
    // A wrong version: allowed callers get CONFLICT, refused ones UNAUTHENTICATED/FORBIDDEN first.
    operation: (f) =>
      q(
        `mutation($id: ID!) { setCompetitionStatus(id: $id, status: OPEN, expectedVersion: -1) { id } }`,
        {
          id: f.draftId,
        },
      ),
  },
};

const PRINCIPALS = ['anonymous', 'jury', 'juryElsewhere', 'secretariat', 'admin'] as const;
type Principal = (typeof PRINCIPALS)[number];
const ROLES_OF: Record<Principal, Role[]> = {
  anonymous: [],
  jury: ['JURY'],
  juryElsewhere: ['JURY'],
  secretariat: ['SECRETARIAT'],
  admin: ['ADMIN'],
};

let server: RunningServer;
let fixtures: Fixtures;
let practiceIds: string[];
const clients = {} as Record<Principal, Client>;

beforeAll(async () => {
  server = await startTestServer({ RATE_LIMIT_PER_MINUTE: '0' });
  const ds = server.database.dataSource;
  const [competition] = await ds.query(
    `SELECT id FROM competition WHERE slug = 'asia-and-the-pacific-2018'`,
  );
  const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
  const [draft] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ('matrix-draft', 'AFRICA', 2031, 'Africa 2031', $1, 'DRAFT', 1) RETURNING id`,
    [triennium.id],
  );
  practiceIds = (
    await ds.query(`SELECT id FROM practice WHERE competition_id = $1 ORDER BY title LIMIT 2`, [
      competition.id,
    ])
  ).map((r: { id: string }) => r.id);
  for (const p of PRINCIPALS) {
    clients[p] = new Client(server);
    if (p === 'anonymous') continue;
    const user = await createUser(server, ROLES_OF[p], p);
    await clients[p].signIn(user.email);
    if (p === 'jury') {
      await ds.query(
        `INSERT INTO jury_member (competition_id, position, description, user_id) VALUES ($1, 99, 'Test juror', $2)`,
        [competition.id, user.id],
      );
      await ds.query(
        `INSERT INTO conflict_of_interest (practice_id, user_id, reason) VALUES ($1, $2, 'Former employee')`,
        [practiceIds[0], user.id],
      );
    }
  }
  const target = await createUser(server, ['JURY'], 'target');
  fixtures = {
    competitionId: toGlobalId('Competition', competition.id),
    draftId: toGlobalId('Competition', draft.id),
    targetUserId: target.id,
  };
});

afterAll(async () => {
  const ds = server.database.dataSource;
  await ds.query(`DELETE FROM jury_member WHERE position = 99`);
  await ds.query(`DELETE FROM conflict_of_interest`);
  await ds.query(`DELETE FROM competition WHERE slug = 'matrix-draft'`);
  await server?.close();
});

function allowed(audience: Audience, principal: Principal): boolean {
  if (audience === 'PUBLIC') return true;
  if (principal === 'anonymous') return false;
  if (audience === 'SIGNED_IN') return true;
  return audience.some((r) => ROLES_OF[principal].includes(r));
}

describe('the authorization matrix', () => {
  it('has a rule for every query and mutation of the schema', async () => {
    const res = await clients.anonymous.query(
      `{ q: __type(name: "Query") { fields { name } } m: __type(name: "Mutation") { fields { name } } }`,
    );
    const fields = [
      ...res.data.q.fields.map((f: { name: string }) => `Query.${f.name}`),
      ...res.data.m.fields.map((f: { name: string }) => `Mutation.${f.name}`),
    ];
    expect(fields.filter((f) => !RULES[f])).toEqual([]);
    expect(Object.keys(RULES).filter((r) => !fields.includes(r))).toEqual([]);
  });

  for (const [field, rule] of Object.entries(RULES)) {
    for (const principal of PRINCIPALS) {
      const expected = allowed(rule.audience, principal);
      it(`${field}: ${principal} is ${expected ? 'allowed' : 'refused'}`, async () => {
        // signOut would end the principal's session; use a throwaway sign-in for it.
        const client =
          field === 'Mutation.signOut' && principal !== 'anonymous'
            ? new Client(server)
            : clients[principal];
        const { query, variables } = rule.operation(fixtures);
        const res = await client.query(query, variables);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (expected) {
          expect(codes).not.toContain('UNAUTHENTICATED');
          expect(codes).not.toContain('FORBIDDEN');
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
        } else {
          expect(codes).toContain(principal === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
          expect(res.data?.[field.split('.')[1]!] ?? null).toBeNull();
        }
      });
    }
  }
});

describe('object-level rules', () => {
  it('shows a jury member only the competitions they sit on, without their conflicted entries', async () => {
    const mine = await clients.jury.query(
      `query($id: ID!) { managedCompetitions { id } managedCompetition(id: $id) { entries { id } } }`,
      { id: fixtures.competitionId },
    );
    expect(mine.data.managedCompetitions).toEqual([{ id: fixtures.competitionId }]);
    const entries = mine.data.managedCompetition.entries.map((e: { id: string }) => e.id);
    expect(entries).toHaveLength(75);
    expect(entries).not.toContain(toGlobalId('Practice', practiceIds[0]!));
    expect(entries).toContain(toGlobalId('Practice', practiceIds[1]!));

    const elsewhere = await clients.juryElsewhere.query(
      `query($id: ID!) { managedCompetitions { id } managedCompetition(id: $id) { id } }`,
      { id: fixtures.competitionId },
    );
    expect(elsewhere.data?.managedCompetitions ?? []).toEqual([]);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const secretariat = await clients.secretariat.query(
      `query($id: ID!) { managedCompetitions { id status } managedCompetition(id: $id) { entries { id } } }`,
      { id: fixtures.competitionId },
    );
    expect(secretariat.data.managedCompetitions.length).toBeGreaterThanOrEqual(2);
    expect(secretariat.data.managedCompetition.entries).toHaveLength(76);
  });
});
