import { randomBytes } from 'node:crypto';
import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';
import { Client, createUser } from '../../../testing/staff.js';

/**
 * A competition being judged, with five entries from institutions of the seed, a jury of a
 * chair and three members (one from the institution of an entry), another competition's
 * member and a secretariat, each signed in.
 */
export async function juryFixture(server: RunningServer) {
  const ds = server.database.dataSource;
  const tag = randomBytes(3).toString('hex');
  const [triennium] = await ds.query(`SELECT id FROM triennium LIMIT 1`);
  const institutions: { id: string; name: string; countryId: string; countryCode: string }[] =
    await ds.query(
      `SELECT DISTINCT ON (i.country_id) i.id, i.name, i.country_id AS "countryId", c.code AS "countryCode"
         FROM institution i JOIN country c ON c.id = i.country_id ORDER BY i.country_id, i.name LIMIT 5`,
    );
  // A year no competition of either region uses yet in this file's database.
  const [{ year }] = await ds.query(
    `SELECT GREATEST(2039, max(year)) + 1 AS year FROM competition WHERE region IN ('EUROPE', 'AFRICA')`,
  );
  const [competition] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ($1, 'EUROPE', $2, $3, $4, 'JUDGING', 1) RETURNING id`,
    [`europe-${year}-${tag}`, year, `Europe ${year}`, triennium.id],
  );
  const [elsewhere] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ($1, 'AFRICA', $2, $3, $4, 'JUDGING', 1) RETURNING id`,
    [`africa-${year}-${tag}`, year, `Africa ${year}`, triennium.id],
  );
  const entries: { id: string; title: string }[] = [];
  for (const [n, institution] of institutions.entries()) {
    const [row] = await ds.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, position, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1) RETURNING id, title`,
      [
        `entry-${n}-${tag}`,
        competition.id,
        institution.id,
        `Entry ${n + 1} ${tag}`,
        `Summary of entry ${n + 1}.`,
        n + 1,
      ],
    );
    await ds.query(
      `INSERT INTO practice_section (practice_id, key, body) VALUES ($1, 'issue', 'The issue of entry ${n + 1}.')`,
      [row.id],
    );
    entries.push(row);
  }
  const [otherEntry] = await ds.query(
    `INSERT INTO practice (slug, competition_id, institution_id, title, version)
     VALUES ($1, $2, $3, 'Elsewhere entry', 1) RETURNING id`,
    [`elsewhere-${tag}`, elsewhere.id, institutions[0]!.id],
  );

  const seat = async (competitionId: string, userId: string, position: number, chair = false) =>
    ds.query(
      `INSERT INTO jury_member (competition_id, position, description, user_id, is_chair)
       VALUES ($1, $2, 'Juror', $3, $4)`,
      [competitionId, position, userId, chair],
    );
  const signedIn = async (roles: ('JURY' | 'SECRETARIAT' | 'ADMIN')[], name: string) => {
    const user = await createUser(server, roles, name);
    const client = new Client(server);
    await client.signIn(user.email);
    return { ...user, client };
  };
  const chair = await signedIn(['JURY'], `Chair ${tag}`);
  const alice = await signedIn(['JURY'], `Alice ${tag}`);
  const bob = await signedIn(['JURY'], `Bob ${tag}`);
  // Carol works for the institution of entry 3: the system proposes that conflict.
  const carol = await signedIn(['JURY'], `Carol ${tag}`);
  await ds.query(`UPDATE user_account SET institution_id = $2 WHERE id = $1`, [
    carol.id,
    institutions[2]!.id,
  ]);
  const outsider = await signedIn(['JURY'], `Outsider ${tag}`);
  const secretariat = await signedIn(['SECRETARIAT'], `Secretariat ${tag}`);
  await seat(competition.id, chair.id, 1, true);
  await seat(competition.id, alice.id, 2);
  await seat(competition.id, bob.id, 3);
  await seat(competition.id, carol.id, 4);
  await seat(elsewhere.id, outsider.id, 1, true);

  return {
    tag,
    competitionId: competition.id as string,
    competitionGid: toGlobalId('Competition', competition.id),
    elsewhereId: elsewhere.id as string,
    elsewhereEntryGid: toGlobalId('Practice', otherEntry.id),
    entries: entries.map((e) => ({ ...e, gid: toGlobalId('Practice', e.id) })),
    institutions,
    chair,
    alice,
    bob,
    carol,
    outsider,
    secretariat,
    anonymous: { client: new Client(server) },
    async cleanup() {
      await ds.query(`DELETE FROM practice WHERE competition_id = ANY($1::uuid[])`, [
        [competition.id, elsewhere.id],
      ]);
      await ds.query(`DELETE FROM competition WHERE id = ANY($1::uuid[])`, [
        [competition.id, elsewhere.id],
      ]);
    },
  };
}

export type JuryFixture = Awaited<ReturnType<typeof juryFixture>>;

export const ENTRY = `query($id: ID!) { juryEntry(id: $id) {
  entry { id title progress outcome } competitionStatus viewerIsChair summary sections { key body }
  criteria { id name weight }
  myAssessment { id version submitted notes proposedOutcome scores { criterionId score } weightedScore }
  othersVisible othersHiddenReason
  otherAssessments { memberName notes proposedOutcome weightedScore scores { criterionName score } }
  myConflict { source reason confirmed } conflicts { memberName source reason isMine }
  deliberation { authorName body isMine } decision { outcome juryText version }
  canAssess canDecide nextEntryId } }`;

export const SAVE = `mutation($i: SaveJuryAssessmentInput!) { saveJuryAssessment(input: $i) {
  id version submitted proposedOutcome notes weightedScore scores { criterionName score } } }`;

export const DECIDE = `mutation($i: RecordDecisionInput!) { recordDecision(input: $i) {
  practiceId outcome juryText version decidedByName } }`;

export const code = (res: { errors?: { extensions?: { code?: string } }[] }) =>
  res.errors?.[0]?.extensions?.code;

/** Scores every criterion of the entry with the given values (cycled) and submits. */
export async function assess(
  client: Client,
  entryGid: string,
  values: number[],
  proposedOutcome: string,
  options: { submit?: boolean; notes?: string } = {},
) {
  const entry = await client.query(ENTRY, { id: entryGid });
  if (entry.errors) throw new Error(JSON.stringify(entry.errors));
  const detail = entry.data.juryEntry;
  return client.query(SAVE, {
    i: {
      practiceId: entryGid,
      scores: detail.criteria.map((c: { id: string }, i: number) => ({
        criterionId: c.id,
        score: values[i % values.length],
      })),
      proposedOutcome,
      notes: options.notes ?? null,
      submit: options.submit ?? true,
      version: detail.myAssessment?.version ?? null,
    },
  });
}
