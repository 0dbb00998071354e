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
  'Query.suggest': PUBLIC_READ(`{ suggest(prefix: "pen") { slug } }`),
  'Query.me': PUBLIC_READ(`{ me { id } }`),
  // The jury's workspace (modules/jury): any jury member or the secretariat; invalid ids answer
  // NOT_FOUND to those allowed, never FORBIDDEN by role.
  'Query.juryCompetitions': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: () => q(`{ juryCompetitions { id } }`),
  },
  'Query.juryEntries': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: (f) =>
      q(`query($c: ID!) { juryEntries(competitionId: $c) { id } }`, { c: f.competitionId }),
  },
  'Query.juryCriteria': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: (f) =>
      q(`query($c: ID!) { juryCriteria(competitionId: $c) { id } }`, { c: f.competitionId }),
  },
  'Query.juryEntry': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: () => q(`{ juryEntry(id: "x") { canAssess } }`),
  },
  'Query.juryTable': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: () => q(`{ juryTable(competitionId: "x") { canDecide } }`),
  },
  'Mutation.saveJuryAssessment': {
    audience: ['JURY'],
    operation: () =>
      q(`mutation { saveJuryAssessment(input: { practiceId: "x", scores: [] }) { id } }`),
  },
  'Mutation.declareConflict': {
    audience: ['JURY'],
    operation: () => q(`mutation { declareConflict(practiceId: "x", reason: "r") { id } }`),
  },
  'Mutation.confirmConflict': {
    audience: ['JURY'],
    operation: () => q(`mutation { confirmConflict(practiceId: "x") { id } }`),
  },
  'Mutation.withdrawConflict': {
    audience: ['JURY'],
    operation: () => q(`mutation { withdrawConflict(practiceId: "x") }`),
  },
  'Mutation.postDeliberationMessage': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: () => q(`mutation { postDeliberationMessage(practiceId: "x", body: "b") { id } }`),
  },
  'Mutation.recordDecision': {
    audience: ['SECRETARIAT', 'JURY'],
    operation: () =>
      q(
        `mutation { recordDecision(input: { practiceId: "x", outcome: ATTESTATION }) { version } }`,
      ),
  },
  'Mutation.saveJuryCriteria': {
    audience: ['SECRETARIAT'],
    operation: () =>
      q(
        `mutation { saveJuryCriteria(competitionId: "x", criteria: [{ name: "A", weight: 1 }]) { id } }`,
      ),
  },
  'Mutation.setJurorAffiliation': {
    audience: ['SECRETARIAT'],
    operation: () => q(`mutation { setJurorAffiliation(userId: "x") { userId } }`),
  },
  // Submissions (modules/submission): the secretariat only.
  'Query.submission': {
    audience: ['SECRETARIAT'],
    operation: () => q(`{ submission(id: "x") { id } }`),
  },
  'Query.submissionFormOptions': {
    audience: ['SECRETARIAT'],
    operation: (f) =>
      q(`query($id: ID!) { submissionFormOptions(competitionId: $id) { competitionId } }`, {
        id: f.competitionId,
      }),
  },
  'Query.submissions': {
    audience: ['SECRETARIAT'],
    operation: (f) =>
      q(`query($id: ID!) { submissions(competitionId: $id) { totalCount } }`, {
        id: f.competitionId,
      }),
  },
  'Mutation.createSubmission': {
    audience: ['SECRETARIAT'],
    operation: () =>
      q(
        `mutation { createSubmission(competitionId: "x", input: { title: "x", institutionId: "x" }) { id } }`,
      ),
  },
  'Mutation.saveSubmission': {
    audience: ['SECRETARIAT'],
    operation: () =>
      q(
        `mutation { saveSubmission(id: "x", expectedVersion: 1, input: { title: "x", institutionId: "x" }) { id } }`,
      ),
  },
  'Mutation.setSubmissionsWithdrawn': {
    audience: ['SECRETARIAT'],
    operation: () => q(`mutation { setSubmissionsWithdrawn(ids: [], withdrawn: true) { id } }`),
  },
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
  // The secretariat's console (issue 6): operations that allowed callers see refused on their input.
  ...Object.fromEntries(
    (
      [
        ['Query.managedInstitutions', () => q(`{ managedInstitutions { id } }`)],
        ['Query.managedInstitution', () => q(`{ managedInstitution(id: "x") { id } }`)],
        ['Query.managedCountries', () => q(`{ managedCountries { id } }`)],
        ['Query.juryCandidates', () => q(`{ juryCandidates { id } }`)],
        [
          'Query.competitionPreview',
          (f) => q(`query($id: ID!) { competitionPreview(id: $id) }`, { id: f.draftId }),
        ],
        [
          'Mutation.createCompetition',
          () =>
            q(
              `mutation { createCompetition(input: { region: EUROPE, year: 1900, trienniumStartYear: 1900, priorityAreaIds: [] }) { id } }`,
            ),
        ],
        [
          'Mutation.updateCompetition',
          (f) =>
            q(
              `mutation($id: ID!) { updateCompetition(id: $id, expectedVersion: -1, input: { region: EUROPE, year: 1900, trienniumStartYear: 1900, priorityAreaIds: [] }) { id } }`,
              { id: f.draftId },
            ),
        ],
        [
          'Mutation.createCompetitionFrom',
          () => q(`mutation { createCompetitionFrom(sourceId: "x", year: 2040) { id } }`),
        ],
        [
          'Mutation.addJuryMember',
          () =>
            q(
              `mutation { addJuryMember(input: { competitionId: "x", userId: "x", description: "x" }) { id } }`,
            ),
        ],
        [
          'Mutation.updateJuryMember',
          () =>
            q(
              `mutation { updateJuryMember(id: "x", expectedVersion: 1, description: "x") { id } }`,
            ),
        ],
        [
          'Mutation.reorderJury',
          () => q(`mutation { reorderJury(competitionId: "x", memberIds: []) { id } }`),
        ],
        ['Mutation.setJuryChair', () => q(`mutation { setJuryChair(id: "x") { id } }`)],
        ['Mutation.removeJuryMember', () => q(`mutation { removeJuryMember(id: "x") { id } }`)],
        [
          'Mutation.createInstitution',
          () => q(`mutation { createInstitution(input: { name: "", countryId: "x" }) { id } }`),
        ],
        [
          'Mutation.updateInstitution',
          () =>
            q(
              `mutation { updateInstitution(id: "x", expectedVersion: 1, input: { name: "", countryId: "x" }) { id } }`,
            ),
        ],
        [
          'Mutation.mergeInstitution',
          () => q(`mutation { mergeInstitution(duplicateId: "x", intoId: "y") { id } }`),
        ],
        [
          'Mutation.createCountry',
          () =>
            q(`mutation { createCountry(input: { code: "", name: "", region: EUROPE }) { id } }`),
        ],
        [
          'Mutation.updateCountry',
          () =>
            q(
              `mutation { updateCountry(id: "x", expectedVersion: 1, input: { code: "", name: "", region: EUROPE }) { id } }`,
            ),
        ],
      ] as [string, Rule['operation']][]
    ).map(([field, operation]) => [field, { audience: ['SECRETARIAT'], operation } as Rule]),
  ),
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
