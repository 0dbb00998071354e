import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../../../scripts/cluster.js';
import { GraphQLClient, STAFF_PASSWORD } from './http-client.js';
import { createServerDatabase, serverAvailable, type ServerDatabase } from './server-database.js';

/**
 * Several API processes sharing one PostgreSQL behind a balancer (scripts/cluster.ts, the
 * topology of compose.yaml): a session begun on one process is valid on another, a publication
 * made through one is seen through another within a second, and a process killed or stopped
 * behind the balancer costs no more than the requests it was answering.
 */
const available = await serverAvailable();
const ADMIN = 'ops-admin@example.org';

describe.skipIf(!available)('scale-out: processes sharing one database', () => {
  let db: ServerDatabase;
  let cluster: Cluster;

  beforeAll(async () => {
    db = await createServerDatabase();
    cluster = await startCluster({
      databaseUrl: db.url,
      processes: 2,
      stdio: 'ignore',
      env: { ADMIN_EMAIL: ADMIN, ADMIN_PASSWORD: STAFF_PASSWORD },
    });
    await db.query(`UPDATE user_account SET roles = '{ADMIN,SECRETARIAT}' WHERE email = $1`, [
      ADMIN,
    ]);
  }, 180_000);

  afterAll(async () => {
    await cluster?.stop();
    await db?.drop();
  });

  it('keeps a session begun on one process valid on the other', async () => {
    const [one, two] = cluster.processes;
    const onOne = new GraphQLClient(one!.url);
    expect((await onOne.signIn(ADMIN, STAFF_PASSWORD)).errors).toBeUndefined();
    const client = new GraphQLClient(two!.url);
    client.cookie = onOne.cookie;
    expect((await client.query(`{ me { email } }`)).data).toEqual({ me: { email: ADMIN } });
    // Signing out on one ends it everywhere.
    const onTwo = new GraphQLClient(two!.url);
    onTwo.cookie = onOne.cookie;
    await onTwo.query(`mutation { signOut }`);
    expect((await onOne.query(`{ me { email } }`)).data).toEqual({ me: null });
  });

  it('shows a publication made through one process on another within a second', async () => {
    const [one, two] = cluster.processes;
    const staff = new GraphQLClient(one!.url);
    await staff.signIn(ADMIN, STAFF_PASSWORD);
    const managed = await staff.query(`{ managedCompetitions { id slug status version } }`);
    const competition = managed.data.managedCompetitions.find((c: any) => c.status === 'PUBLISHED');
    const reader = new GraphQLClient(two!.url);
    const listed = async () =>
      (await reader.query(`{ competitions { slug } }`)).data.competitions.map(
        (c: any) => c.slug,
      ) as string[];
    expect(await listed()).toContain(competition.slug); // now cached on process two

    const SET = `mutation($id: ID!, $s: CompetitionStatus!, $v: Int!) {
      setCompetitionStatus(id: $id, status: $s, expectedVersion: $v) { version } }`;
    const withdrawn = await staff.query(SET, {
      id: competition.id,
      s: 'DECIDED',
      v: competition.version,
    });
    expect(withdrawn.errors).toBeUndefined();
    const started = Date.now();
    while ((await listed()).includes(competition.slug) && Date.now() - started < 1000)
      await new Promise((r) => setTimeout(r, 50));
    expect(await listed()).not.toContain(competition.slug);
    expect(Date.now() - started).toBeLessThan(1000);

    await staff.query(SET, {
      id: competition.id,
      s: 'PUBLISHED',
      v: withdrawn.data.setCompetitionStatus.version,
    });
    expect(await listed()).toContain(competition.slug);
  });

  /** `clients` loops of public queries through the balancer until `stop` resolves. */
  async function traffic(clients: number, stop: Promise<void>) {
    let ok = 0;
    const failed: string[] = [];
    let done = false;
    void stop.then(() => (done = true));
    await Promise.all(
      Array.from({ length: clients }, async (_, i) => {
        while (!done) {
          try {
            const res = await fetch(`${cluster.url}/graphql`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({
                query: `query($n: Int!) { practices(first: $n) { totalCount nodes { title } } }`,
                variables: { n: 1 + (i % 5) },
              }),
            });
            const body = (await res.json()) as any;
            if (res.status === 200 && !body.errors) ok += 1;
            else failed.push(`${res.status} ${body.errors?.[0]?.extensions?.code}`);
          } catch (error) {
            failed.push(String(error));
          }
        }
      }),
    );
    return { ok, failed };
  }

  it('loses nothing when a process stops gracefully behind the balancer', async () => {
    const second = cluster.processes[1]!;
    const run = traffic(16, new Promise((resolve) => setTimeout(resolve, 4000)));
    await new Promise((r) => setTimeout(r, 1000));
    expect(await second.stop('SIGTERM')).toBe(0);
    await second.start();
    const { ok, failed } = await run;
    expect(failed).toEqual([]);
    expect(ok).toBeGreaterThan(50);
  }, 60_000);

  it('fails only the requests in flight when a process is killed, and takes it back', async () => {
    const third = cluster.processes[1]!;
    const run = traffic(16, new Promise((resolve) => setTimeout(resolve, 5000)));
    await new Promise((r) => setTimeout(r, 1000));
    await third.stop('SIGKILL');
    await new Promise((r) => setTimeout(r, 1000));
    await third.start();
    const { ok, failed } = await run;
    console.log(
      `killed a process under 16 clients: ${ok} answered, ${failed.length} failed`,
      failed,
    );
    // At most the requests the killed process held (one per client at worst).
    expect(failed.length).toBeLessThanOrEqual(16);
    expect(ok).toBeGreaterThan(50);
    await cluster.balancer.check();
    expect(cluster.balancer.backends.every((b) => b.healthy)).toBe(true);
  }, 60_000);
});
