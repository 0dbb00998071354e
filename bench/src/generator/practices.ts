import { type PoolClient } from 'pg';
import { type Outcome, REGIONS, type Region, slugify } from '@gpa/shared';
import { type PracticeTextWriter } from './practice-text.js';
import { apportion, type Rng, WeightedSampler, ZipfPicker } from './random.js';
import {
  type Competition,
  FIRST_YEAR,
  type Institution,
  REGION_WEIGHTS,
} from './reference-data.js';

/** Column arrays of one batch, one array per column, ready for INSERT … SELECT FROM unnest. */
class Batch {
  practice = {
    id: [] as string[],
    slug: [] as string[],
    competition: [] as string[],
    institution: [] as string[],
    title: [] as string[],
    summary: [] as string[],
    since: [] as (number | null)[],
    position: [] as number[],
  };
  area = { practice: [] as string[], area: [] as string[], position: [] as number[] };
  section = { practice: [] as string[], key: [] as string[], body: [] as string[] };
  lesson = {
    practice: [] as string[],
    kind: [] as string[],
    position: [] as number[],
    text: [] as string[],
  };
  figure = {
    practice: [] as string[],
    position: [] as number[],
    group: [] as (string | null)[],
    label: [] as string[],
    value: [] as (string | null)[],
    before: [] as (number | null)[],
    after: [] as (number | null)[],
    unit: [] as (string | null)[],
  };
  decision = { practice: [] as string[], outcome: [] as string[], text: [] as (string | null)[] };
  size = 0;
}

export interface PracticeLoadOptions {
  practices: number;
  batchSize: number;
  onProgress?: (done: number) => void;
}

/**
 * Writes the entries: for each competition, its share of the total (more in later years and in
 * the larger regions), from institutions of its region (a few institutions submit many), with
 * 1–3 priority areas (skewed as in the seed), and the jury's outcomes: one Award, about 25%
 * special mentions, 45% Certificates of Merit and the rest Attestations.
 *
 * Two connections insert in parallel (entries and decisions on one, their parts on the other)
 * while the next batch is being written; the caller has switched triggers and foreign-key
 * checks off on both (session_replication_role = replica), so the order does not matter.
 */
export async function loadPractices(
  connections: [PoolClient, PoolClient],
  rng: Rng,
  writer: PracticeTextWriter,
  data: {
    competitions: Competition[];
    institutions: Institution[];
    areas: { id: string; slug: string; weight: number }[];
    takenSlugs: Set<string>;
  },
  options: PracticeLoadOptions,
): Promise<void> {
  const { competitions, institutions, areas } = data;
  // Every competition has entries when there are enough to go round.
  const counts = apportion(
    options.practices,
    competitions.map((c) => REGION_WEIGHTS[c.region] * (1 + (c.year - FIRST_YEAR) / 8)),
    options.practices >= 2 * competitions.length ? 1 : 0,
  );
  const byRegion = new Map<Region, ZipfPicker<Institution>>(
    REGIONS.map((r) => [
      r,
      new ZipfPicker(rng.shuffle(institutions.filter((i) => i.region === r)), 1),
    ]),
  );
  const areaSampler = new WeightedSampler(areas.map((a) => a.weight));
  const slugs = new SlugAllocator(data.takenSlugs);
  let batch = new Batch();
  let inFlight: Promise<unknown> = Promise.resolve();
  let done = 0;

  for (const [index, competition] of competitions.entries()) {
    const institutionsOfRegion = byRegion.get(competition.region)!;
    const decided = competition.status === 'PUBLISHED' || competition.status === 'DECIDED';
    const titles = new Set<string>();
    const positions = new Map<string, number>();
    for (let n = 0; n < counts[index]!; n += 1) {
      const id = rng.uuid();
      const institution = institutionsOfRegion.pick(rng);
      const chosen = new Set<number>();
      const wanted = ((r) => (r < 0.24 ? 1 : r < 0.87 ? 2 : 3))(rng.next());
      while (chosen.size < wanted) chosen.add(areaSampler.index(rng));
      const areaIds = [...chosen].map((i) => areas[i]!.id);
      const ctx = {
        institution,
        countryName: institution.countryName,
        areas: [...chosen].map((i) => areas[i]!.slug),
        year: competition.year,
      };
      const outcome: Outcome | null = !decided ? null : n === 0 ? 'AWARD' : pickOutcome(rng.next());
      const text = writer.write(rng, ctx, FULL_TEXT[outcome ?? 'NONE']);
      let title = text.title;
      for (let attempt = 0; titles.has(`${institution.id}|${title}`); attempt += 1) {
        title = attempt < 5 ? writer.retitle(rng, ctx) : `${text.title} (${attempt - 3})`;
      }
      titles.add(`${institution.id}|${title}`);
      const group = outcome ?? 'NONE';
      const position = (positions.get(group) ?? 0) + 1;
      positions.set(group, position);

      const p = batch.practice;
      p.id.push(id);
      p.slug.push(slugs.claim(title));
      p.competition.push(competition.id);
      p.institution.push(institution.id);
      p.title.push(title);
      p.summary.push(text.summary);
      p.since.push(rng.chance(0.8) ? competition.year - rng.int(0, 8) : null);
      p.position.push(position);
      areaIds.forEach((areaId, i) => {
        batch.area.practice.push(id);
        batch.area.area.push(areaId);
        batch.area.position.push(i + 1);
      });
      for (const [key, body] of text.sections) {
        batch.section.practice.push(id);
        batch.section.key.push(key);
        batch.section.body.push(body);
      }
      const lessons = [
        ...text.successFactors.map((t, i) => ['SUCCESS_FACTOR', i + 1, t] as const),
        ...text.risks.map((t, i) => ['RISK', i + 1, t] as const),
      ];
      for (const [kind, pos, t] of lessons) {
        batch.lesson.practice.push(id);
        batch.lesson.kind.push(kind);
        batch.lesson.position.push(pos);
        batch.lesson.text.push(t);
      }
      text.figures.forEach((f, i) => {
        const fig = batch.figure;
        fig.practice.push(id);
        fig.position.push(i + 1);
        fig.group.push(f.group);
        fig.label.push(f.label);
        fig.value.push(f.value);
        fig.before.push(f.before);
        fig.after.push(f.after);
        fig.unit.push(f.unit);
      });
      if (outcome) {
        batch.decision.practice.push(id);
        batch.decision.outcome.push(outcome);
        const withText =
          outcome === 'AWARD' || outcome === 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION';
        batch.decision.text.push(withText ? text.juryText : null);
      }
      batch.size += 1;

      if (batch.size >= options.batchSize) {
        await inFlight;
        done += batch.size;
        inFlight = insertBatch(connections, batch).then(() => options.onProgress?.(done));
        inFlight.catch(() => undefined); // awaited (and thrown) before the next batch
        batch = new Batch();
      } else if (batch.size % 250 === 0) {
        // Let the sockets of the batch in flight drain while this one is being written.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
  await inFlight;
  if (batch.size) {
    await insertBatch(connections, batch);
    options.onProgress?.(done + batch.size);
  }
}

/** How often an entry has its full text, by outcome: the public database has it for the best. */
const FULL_TEXT: Record<Outcome | 'NONE', number> = {
  AWARD: 0.9,
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: 0.9,
  CERTIFICATE_OF_MERIT: 0.4,
  ATTESTATION: 0.2,
  NONE: 0.3,
};

function pickOutcome(r: number): Outcome {
  if (r < 0.25) return 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION';
  if (r < 0.7) return 'CERTIFICATE_OF_MERIT';
  return 'ATTESTATION';
}

async function insertBatch([a, b]: [PoolClient, PoolClient], batch: Batch): Promise<void> {
  const { practice: p, area, section: s, lesson: l, figure: f, decision: d } = batch;
  const entries = (async () => {
    await a.query(
      `INSERT INTO practice (id, slug, competition_id, institution_id, title, summary,
                             in_operation_since, position, status, version)
       SELECT *, 'SUBMITTED'::entry_status, 1
         FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::int[], $8::int[])`,
      [p.id, p.slug, p.competition, p.institution, p.title, p.summary, p.since, p.position],
    );
    await a.query(
      `INSERT INTO decision (practice_id, outcome, jury_text, version)
       SELECT *, 1 FROM unnest($1::uuid[], $2::outcome[], $3::text[])`,
      [d.practice, d.outcome, d.text],
    );
  })();
  const parts = (async () => {
    await b.query(
      `INSERT INTO practice_priority_area (practice_id, priority_area_id, position)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
      [area.practice, area.area, area.position],
    );
    await b.query(
      `INSERT INTO practice_section (practice_id, key, body)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[])`,
      [s.practice, s.key, s.body],
    );
    await b.query(
      `INSERT INTO practice_lesson (practice_id, kind, position, text)
       SELECT * FROM unnest($1::uuid[], $2::lesson_kind[], $3::int[], $4::text[])`,
      [l.practice, l.kind, l.position, l.text],
    );
    await b.query(
      `INSERT INTO practice_figure (practice_id, position, group_label, label, value, before_value, after_value, unit)
       SELECT * FROM unnest($1::uuid[], $2::int[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[])`,
      [f.practice, f.position, f.group, f.label, f.value, f.before, f.after, f.unit],
    );
  })();
  await Promise.all([entries, parts]);
}

/** Unique slugs without the quadratic probing of uniqueSlug: titles repeat thousands of times. */
class SlugAllocator {
  private readonly bases = new Map<string, string>();
  private readonly next = new Map<string, number>();

  constructor(private readonly taken: Set<string>) {}

  claim(title: string): string {
    let base = this.bases.get(title);
    if (base === undefined) {
      base = slugify(title) || 'untitled';
      this.bases.set(title, base);
    }
    let n = this.next.get(base) ?? 1;
    let slug = n === 1 ? base : `${base}-${n}`;
    while (this.taken.has(slug)) {
      n += 1;
      slug = `${base}-${n}`;
    }
    this.next.set(base, n + 1);
    this.taken.add(slug);
    return slug;
  }
}
