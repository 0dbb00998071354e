import { mkdtemp, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileDatabaseUrl } from '../../../testing/per-file-database.js';
import { openDatabase, type Database } from '../../../db/database.js';
import { DEFAULT_SEED_DIR } from '../../../server.js';
import { silentLogger } from '../../../testing/test-server.js';
import { SeedFileError, SeedService } from '../seed.service.js';

const TABLES = [
  'country',
  'institution',
  'priority_area',
  'triennium',
  'triennium_priority_area',
  'competition',
  'jury_member',
  'practice',
  'practice_priority_area',
  'practice_section',
  'practice_lesson',
  'practice_figure',
  'decision',
];

let db: Database;
let seeds: SeedService;

async function snapshot() {
  const result: Record<string, unknown[]> = {};
  for (const table of TABLES) {
    // xmin changes whenever a row is rewritten, even with identical values.
    result[table] = await db.dataSource.query(
      `SELECT xmin::text AS xmin, t.* FROM ${table} t ORDER BY 2, 3`,
    );
  }
  return result;
}

beforeAll(async () => {
  db = await openDatabase({
    url: await fileDatabaseUrl(),
    dataDir: undefined,
    poolSize: 2,
    logger: silentLogger,
    logSql: false,
  });
  seeds = new SeedService(db.dataSource);
  await seeds.loadDirectory(DEFAULT_SEED_DIR);
});
afterAll(async () => {
  await db?.close();
});

describe('SeedService', () => {
  it('loads the 2018 booklet', async () => {
    const [counts] = await db.dataSource.query(
      `SELECT (SELECT count(*) FROM practice)::int AS practices, (SELECT count(*) FROM institution)::int AS institutions,
              (SELECT count(*) FROM country)::int AS countries, (SELECT count(*) FROM decision)::int AS decisions,
              (SELECT count(*) FROM practice_figure)::int AS figures`,
    );
    expect(counts).toEqual({
      practices: 76,
      institutions: 20,
      countries: 15,
      decisions: 76,
      figures: 25,
    });
  });

  it('changes nothing when the same files are loaded again', async () => {
    const before = await snapshot();
    await seeds.loadDirectory(DEFAULT_SEED_DIR);
    expect(await snapshot()).toEqual(before);
  });

  it('applies a correction to one entry and nothing else', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gpa-seed-'));
    const file = JSON.parse(
      readFileSync(path.join(DEFAULT_SEED_DIR, 'asia-and-the-pacific-2018.json'), 'utf8'),
    );
    file.entries[0].juryText = 'Corrected text.';
    file.entries[0].priorityAreas = ['Service Quality'];
    await writeFile(path.join(dir, 'corrected.json'), JSON.stringify(file));
    const before = await snapshot();
    await seeds.loadDirectory(dir);
    const after = await snapshot();
    expect(after.practice).toEqual(before.practice);
    expect(after.country).toEqual(before.country);
    const changed = (after.decision as { jury_text: string }[]).filter(
      (row, i) => JSON.stringify(row) !== JSON.stringify(before.decision![i]),
    );
    expect(changed).toHaveLength(1);
    expect(changed[0]!.jury_text).toBe('Corrected text.');
    expect(after.practice_priority_area!.length).toBe(before.practice_priority_area!.length - 2);
    // And back again.
    await seeds.loadDirectory(DEFAULT_SEED_DIR);
    const restored = await snapshot();
    expect(restored.practice_priority_area!.length).toBe(before.practice_priority_area!.length);
  });

  it('rejects an invalid file with every problem and its path, writing nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gpa-seed-'));
    const file = JSON.parse(
      readFileSync(path.join(DEFAULT_SEED_DIR, 'asia-and-the-pacific-2018.json'), 'utf8'),
    );
    file.competition.year = 2030;
    file.competition.title = 'Asia and the Pacific 2030';
    file.entries[3].priorityAreas = ['Not an area'];
    file.entries[4].countryCode = 'ZZ';
    await writeFile(path.join(dir, 'bad.json'), JSON.stringify(file));
    const before = await snapshot();
    const error = await seeds.loadDirectory(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedFileError);
    expect((error as SeedFileError).problems.join('\n')).toMatch(/entries\.3\.priorityAreas\.0/);
    expect((error as SeedFileError).problems.join('\n')).toMatch(/entries\.4\.institution/);
    expect(await snapshot()).toEqual(before);
  });

  it('loads further files in bulk, in one transaction', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'gpa-seed-'));
    const file = JSON.parse(
      readFileSync(path.join(DEFAULT_SEED_DIR, 'asia-and-the-pacific-2018.json'), 'utf8'),
    );
    const europe = {
      ...file,
      competition: {
        ...file.competition,
        region: 'EUROPE',
        year: 2018,
        title: 'Europe 2018',
        status: 'DECIDED',
      },
      entries: file.entries.slice(0, 3),
    };
    await writeFile(path.join(dir, 'a.json'), JSON.stringify(europe));
    const report = await seeds.loadDirectory(dir);
    expect(report).toMatchObject({ competitions: 1, entries: 3 });
    const [row] = await db.dataSource.query(
      `SELECT count(*)::int AS n, min(p.slug) AS slug FROM practice p JOIN competition c ON c.id = p.competition_id WHERE c.slug = 'europe-2018'`,
    );
    expect(row.n).toBe(3);
    // Same titles as 2018 entries: the slugs take a numeric suffix.
    expect(row.slug).toMatch(/-2$/);
    await db.dataSource.query(
      `DELETE FROM practice WHERE competition_id = (SELECT id FROM competition WHERE slug = 'europe-2018');
       DELETE FROM jury_member WHERE competition_id = (SELECT id FROM competition WHERE slug = 'europe-2018');
       DELETE FROM competition WHERE slug = 'europe-2018';`,
    );
  });
});
