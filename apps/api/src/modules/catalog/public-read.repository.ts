import { type DataSource } from 'typeorm';
import { type Region } from '@gpa/shared';
import { prepared } from '../../db/prepared-statements.js';
import {
  PRACTICE_COLUMNS,
  type PracticeRow,
  publishedPracticesBy,
} from '../practice/practice-search.repository.js';

const COMPETITION_COLUMNS = `c.id, c.slug, c.region, c.year, c.title, c.forum_name AS "forumName",
              c.forum_place AS "forumPlace", to_char(c.forum_date, 'YYYY-MM-DD') AS "forumDate",
              c.introduction, c.jury_introduction AS "juryIntroduction", c.portal_note AS "portalNote",
              c.published_at AS "publishedAt", c.triennium_id AS "trienniumId",
              t.start_year || '–' || t.end_year AS triennium`;

/** A practice page's detail, as JSON columns of the practice's row (the same rows and order as
 * sectionsByPractices, lessonsByPractices, figuresByPractices and competitions). */
const DETAIL_COLUMNS = `
  coalesce((SELECT jsonb_agg(jsonb_build_object('key', s.key, 'body', s.body))
              FROM practice_section s WHERE s.practice_id = pp.id), '[]'::jsonb) AS "detailSections",
  coalesce((SELECT jsonb_agg(jsonb_build_object('kind', l.kind, 'text', l.text) ORDER BY l.kind, l.position)
              FROM practice_lesson l WHERE l.practice_id = pp.id), '[]'::jsonb) AS "detailLessons",
  coalesce((SELECT jsonb_agg(jsonb_build_object('group', f.group_label, 'label', f.label,
                                                'value', f.value, 'before', f.before_value,
                                                'after', f.after_value, 'unit', f.unit) ORDER BY f.position)
              FROM practice_figure f WHERE f.practice_id = pp.id), '[]'::jsonb) AS "detailFigures",
  (SELECT to_jsonb(x) FROM (SELECT ${COMPETITION_COLUMNS}
                              FROM published_competition c JOIN triennium t ON t.id = c.triennium_id
                             WHERE c.id = pp.competition_id) x) AS "detailCompetition"`;

/**
 * Batched reads of published data for the per-request DataLoaders: one statement per call,
 * whatever the number of ids. Practices and competitions come only from the published_* views;
 * institutions only where they have a published practice.
 */
export class PublicReadRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every statement here is a fixed text: each is a prepared statement (planned once). */
  private query<T>(sql: string, params: unknown[]): Promise<T[]> {
    return this.dataSource.query(prepared(sql), params);
  }

  practicesByIds(ids: readonly string[]) {
    return this.query<Omit<PracticeRow, 'cursor' | 'highlight'>>(
      `SELECT ${PRACTICE_COLUMNS} FROM ${publishedPracticesBy('id', 'uuid')}`,
      [ids],
    );
  }

  /**
   * Practices by slug: a practice's own page, so with its detail (sections, lessons, figures,
   * competition) as JSON columns of the same row, which the catalog primes its loaders with.
   */
  practicesBySlugs(slugs: readonly string[]) {
    type Row = Omit<PracticeRow, 'cursor' | 'highlight'> & PracticeDetail;
    // One slug (a practice's page): PostgreSQL keeps the statement's generic plan, which it
    // does not for an array, whose length the plan of each run would take into account.
    if (slugs.length === 1) {
      return this.query<Row>(
        `SELECT ${PRACTICE_COLUMNS}, ${DETAIL_COLUMNS} FROM published_practice pp WHERE pp.slug = $1`,
        [slugs[0]],
      );
    }
    return this.query<Row>(
      `SELECT ${PRACTICE_COLUMNS}, ${DETAIL_COLUMNS} FROM ${publishedPracticesBy('slug', 'text')}`,
      [slugs],
    );
  }

  institutionsByIds(ids: readonly string[]) {
    return this.query<InstitutionRow>(
      `SELECT i.id, i.slug, i.name, i.acronym, i.country_id AS "countryId" FROM institution i
        WHERE i.id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM published_practice pp WHERE pp.institution_id = i.id)`,
      [ids],
    );
  }

  institutionsBySlugs(slugs: readonly string[]) {
    return this.query<InstitutionRow>(
      `SELECT i.id, i.slug, i.name, i.acronym, i.country_id AS "countryId" FROM institution i
        WHERE i.slug = ANY($1::text[])
          AND EXISTS (SELECT 1 FROM published_practice pp WHERE pp.institution_id = i.id)`,
      [slugs],
    );
  }

  countries(filter: { ids?: readonly string[]; codes?: readonly string[] } = {}) {
    return this.query<CountryRow>(
      `SELECT id, code, name, sort_name AS "sortName", region FROM country
        WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
          AND ($2::text[] IS NULL OR code = ANY($2::text[]))
        ORDER BY sort_name`,
      [filter.ids ?? null, filter.codes ?? null],
    );
  }

  priorityAreas(filter: { ids?: readonly string[]; slugs?: readonly string[] } = {}) {
    return this.query<PriorityAreaRow>(
      `SELECT id, slug, name FROM priority_area
        WHERE ($1::uuid[] IS NULL OR id = ANY($1::uuid[]))
          AND ($2::text[] IS NULL OR slug = ANY($2::text[]))
        ORDER BY name`,
      [filter.ids ?? null, filter.slugs ?? null],
    );
  }

  priorityAreasByPractices(practiceIds: readonly string[]) {
    return this.query<PriorityAreaRow & { ownerId: string }>(
      `SELECT ppa.practice_id AS "ownerId", a.id, a.slug, a.name
         FROM practice_priority_area ppa JOIN priority_area a ON a.id = ppa.priority_area_id
        WHERE ppa.practice_id = ANY($1::uuid[])
        ORDER BY ppa.position`,
      [practiceIds],
    );
  }

  priorityAreasByTrienniums(trienniumIds: readonly string[]) {
    return this.query<PriorityAreaRow & { ownerId: string }>(
      `SELECT tpa.triennium_id AS "ownerId", a.id, a.slug, a.name
         FROM triennium_priority_area tpa JOIN priority_area a ON a.id = tpa.priority_area_id
        WHERE tpa.triennium_id = ANY($1::uuid[])
        ORDER BY tpa.position`,
      [trienniumIds],
    );
  }

  competitions(filter: { ids?: readonly string[] } = {}) {
    return this.query<CompetitionRow>(
      `SELECT ${COMPETITION_COLUMNS}
         FROM published_competition c JOIN triennium t ON t.id = c.triennium_id
        WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[]))
        ORDER BY c.year DESC, c.region`,
      [filter.ids ?? null],
    );
  }

  juryByCompetitions(competitionIds: readonly string[]) {
    return this.query<{
      competitionId: string;
      description: string;
      name: string | null;
      isChair: boolean;
    }>(
      `SELECT j.competition_id AS "competitionId", j.description, j.name, j.is_chair AS "isChair"
         FROM jury_member j JOIN published_competition c ON c.id = j.competition_id
        WHERE j.competition_id = ANY($1::uuid[])
        ORDER BY j.position`,
      [competitionIds],
    );
  }

  statsByCompetitions(competitionIds: readonly string[]) {
    return this.query<StatsRow>(
      `SELECT pp.competition_id AS "competitionId",
              count(*)::int AS entries,
              count(DISTINCT pp.institution_id)::int AS institutions,
              count(DISTINCT pp.country_id)::int AS countries,
              count(*) FILTER (WHERE pp.outcome = 'AWARD')::int AS awards,
              count(*) FILTER (WHERE pp.outcome IN ('CERTIFICATE_OF_MERIT', 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION'))::int
                AS "certificatesOfMerit",
              count(*) FILTER (WHERE pp.outcome = 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION')::int AS "specialMentions",
              count(*) FILTER (WHERE pp.outcome = 'ATTESTATION')::int AS attestations,
              (array_agg(jsonb_build_object('title', pp.title, 'institutionName', i.name, 'countryName', c.name))
                 FILTER (WHERE pp.outcome = 'AWARD'))[1] AS award
         FROM published_practice pp
         JOIN institution i ON i.id = pp.institution_id
         JOIN country c ON c.id = pp.country_id
        WHERE pp.competition_id = ANY($1::uuid[])
        GROUP BY pp.competition_id`,
      [competitionIds],
    );
  }

  sectionsByPractices(practiceIds: readonly string[]) {
    return this.query<{ ownerId: string; key: string; body: string }>(
      `SELECT s.practice_id AS "ownerId", s.key, s.body FROM practice_section s
        WHERE s.practice_id = ANY($1::uuid[])`,
      [practiceIds],
    );
  }

  lessonsByPractices(practiceIds: readonly string[]) {
    return this.query<LessonRow & { ownerId: string }>(
      `SELECT l.practice_id AS "ownerId", l.kind, l.text FROM practice_lesson l
        WHERE l.practice_id = ANY($1::uuid[]) ORDER BY l.kind, l.position`,
      [practiceIds],
    );
  }

  figuresByPractices(practiceIds: readonly string[]) {
    return this.query<FigureRow & { ownerId: string }>(
      `SELECT f.practice_id AS "ownerId", f.group_label AS "group", f.label, f.value,
              f.before_value AS before, f.after_value AS after, f.unit
         FROM practice_figure f WHERE f.practice_id = ANY($1::uuid[]) ORDER BY f.position`,
      [practiceIds],
    );
  }
}

export interface InstitutionRow {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  countryId: string;
}

export interface CountryRow {
  id: string;
  code: string;
  name: string;
  sortName: string;
  region: Region;
}

export interface PriorityAreaRow {
  id: string;
  slug: string;
  name: string;
}

export interface CompetitionRow {
  id: string;
  slug: string;
  region: Region;
  year: number;
  title: string;
  triennium: string;
  trienniumId: string;
  forumName: string | null;
  forumPlace: string | null;
  forumDate: string | null;
  introduction: string;
  juryIntroduction: string;
  portalNote: string | null;
  publishedAt: Date | null;
}

export interface StatsRow {
  competitionId: string;
  entries: number;
  institutions: number;
  countries: number;
  awards: number;
  certificatesOfMerit: number;
  specialMentions: number;
  attestations: number;
  award: { title: string; institutionName: string; countryName: string } | null;
}

export interface FigureRow {
  group: string | null;
  label: string;
  value: string | null;
  before: number | null;
  after: number | null;
  unit: string | null;
}

export interface LessonRow {
  kind: 'SUCCESS_FACTOR' | 'RISK';
  text: string;
}

/** The detail columns of practicesBySlugs. JSON has no dates: publishedAt is a string there. */
export interface PracticeDetail {
  detailSections: { key: string; body: string }[];
  detailLessons: LessonRow[];
  detailFigures: FigureRow[];
  detailCompetition: (Omit<CompetitionRow, 'publishedAt'> & { publishedAt: string | null }) | null;
}
