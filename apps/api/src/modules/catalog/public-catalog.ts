import DataLoader from 'dataloader';
import { FORM_SECTIONS, renderFigures, renderLessons, resultsSentence } from '@gpa/shared';
import { cursorOrder } from '../../graphql/connection.js';
import { toGlobalId } from '../../graphql/node-id.js';
import { DatabaseUnavailableError } from '../../db/database-errors.js';
import {
  CompetitionStatsType,
  CompetitionType,
  JuryMemberType,
} from '../competition/competition.type.js';
import { CountryType } from '../geography/country.type.js';
import { InstitutionType } from '../institution/institution.type.js';
import { PriorityAreaType } from '../priority-area/priority-area.type.js';
import {
  type FacetCount,
  type PracticeRow,
  type PracticeSearchRepository,
  SQL_RELEVANCE,
} from '../practice/practice-search.repository.js';
import { type PracticeQuery } from '../practice/practice-query.js';
import { IndexedSearch } from '../practice/search-index/indexed-search.js';
import { type PracticeSearchIndex } from '../practice/search-index/practice-search-index.js';
import {
  PracticeFigureType,
  PracticeSectionType,
  PracticeType,
} from '../practice/practice.type.js';
import { SearchAssistRepository } from '../search/search-assist.repository.js';
import { SuggestionType } from '../search/suggestion.type.js';
import {
  type CompetitionRow,
  type CountryRow,
  type InstitutionRow,
  type PracticeDetail,
  type PriorityAreaRow,
  type PublicReadRepository,
  type StatsRow,
} from './public-read.repository.js';

/** Loads rows for `keys` in one call and returns them in key order (null where missing). */
function loader<K, R, V>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (row: R) => K,
  map: (row: R) => V,
): DataLoader<K, V | null> {
  return new DataLoader(async (keys) => {
    const rows = new Map((await fetch(keys)).map((r) => [keyOf(r), map(r)]));
    return keys.map((k) => rows.get(k) ?? null);
  });
}

/** Loads the rows owned by each key (`ownerId`), keeping the order the statement returned. */
function groupLoader<R extends { ownerId: string }, V>(
  fetch: (keys: readonly string[]) => Promise<R[]>,
  map: (row: R) => V,
): DataLoader<string, V[]> {
  return new DataLoader(async (keys) => {
    const groups = new Map<string, V[]>(keys.map((k) => [k, []]));
    for (const row of await fetch(keys)) groups.get(row.ownerId)?.push(map(row));
    return keys.map((k) => groups.get(k) ?? []);
  });
}

export function toPractice(
  row: Omit<PracticeRow, 'cursor' | 'highlight'> & { highlight?: string | null },
): PracticeType {
  return Object.assign(new PracticeType(), {
    id: toGlobalId('Practice', row.id),
    localId: row.id,
    slug: row.slug,
    title: row.title,
    region: row.region,
    year: row.year,
    outcome: row.outcome,
    juryComment: row.juryText,
    summary: row.summary,
    inOperationSince: row.inOperationSince,
    highlight: row.highlight ?? null,
    institutionId: row.institutionId,
    countryId: row.countryId,
    competitionId: row.competitionId,
  });
}

const toInstitution = (row: InstitutionRow) =>
  Object.assign(new InstitutionType(), {
    ...row,
    id: toGlobalId('Institution', row.id),
    localId: row.id,
  });
const toCountry = (row: CountryRow) =>
  Object.assign(new CountryType(), { ...row, id: toGlobalId('Country', row.id), localId: row.id });
const toPriorityArea = (row: PriorityAreaRow) =>
  Object.assign(new PriorityAreaType(), {
    id: toGlobalId('PriorityArea', row.id),
    localId: row.id,
    slug: row.slug,
    name: row.name,
  });
const toCompetition = (row: CompetitionRow) =>
  Object.assign(new CompetitionType(), {
    ...row,
    id: toGlobalId('Competition', row.id),
    localId: row.id,
  });

/** The explorer's public addresses (shared/API.md). */
const SUGGESTION_PATHS: Record<SuggestionType['kind'], (slug: string) => string> = {
  PRACTICE: (slug) => `/practices/${encodeURIComponent(slug)}`,
  INSTITUTION: (slug) => `/institutions/${encodeURIComponent(slug)}`,
  COUNTRY: (code) => `/countries/${encodeURIComponent(code)}`,
  PRIORITY_AREA: (slug) => `/priority-areas/${encodeURIComponent(slug)}`,
};

/** Facets whose values are one per practice, with how a query selects them. */
const SINGLE_VALUED: [FacetCount['facet'], (q: PracticeQuery) => string[]][] = [
  ['regions', (q) => q.regions],
  ['countries', (q) => q.countryCodes],
  ['institutions', (q) => q.institutionSlugs],
  ['outcomes', (q) => q.outcomes],
  ['years', (q) => q.years.map(String)],
];

/**
 * The size of the filtered list, from its facet counts. A facet's counts apply every other
 * facet's selection: for a facet with one value per practice and a selection, the list is the
 * sum of its selected values' counts; with no such selection, the sum of the region counts
 * (every practice has one region, and the regions are then not selected).
 */
export function totalFromFacets(query: PracticeQuery, counts: FacetCount[]): number {
  const [facet, selected] = SINGLE_VALUED.map(([f, sel]) => [f, sel(query)] as const).find(
    ([, sel]) => sel.length,
  ) ?? ['regions', null];
  const wanted = selected ? new Set(selected) : null;
  return counts
    .filter((c) => c.facet === facet && (!wanted || wanted.has(c.value)))
    .reduce((n, c) => n + c.count, 0);
}

const EMPTY_STATS: Omit<StatsRow, 'competitionId'> = {
  entries: 0,
  institutions: 0,
  countries: 0,
  awards: 0,
  certificatesOfMerit: 0,
  specialMentions: 0,
  attestations: 0,
  award: null,
};

/**
 * The public read path of one request: everything an anonymous caller may see, loaded through
 * per-request DataLoaders so that a page of N practices costs a constant number of statements.
 */
export class PublicCatalog {
  private readonly practices;
  private readonly practicesBySlug;
  private readonly institutions;
  private readonly institutionsBySlug;
  private readonly countriesById;
  private readonly countriesByCode;
  private readonly priorityAreasById;
  private readonly priorityAreasBySlug;
  private readonly competitions;
  private readonly stats;
  private readonly jury;
  private readonly practiceAreas;
  private readonly trienniumAreas;
  private readonly sections;
  private readonly lessons;
  private readonly figures;
  private readonly facetsByQuery = new Map<string, Promise<FacetCount[]>>();
  private indexed?: Promise<IndexedSearch | null>;

  constructor(
    private readonly read: PublicReadRepository,
    private readonly search: PracticeSearchRepository,
    private readonly index: PracticeSearchIndex | null = null,
    private readonly assist = new SearchAssistRepository(search.dataSource),
  ) {
    this.practices = loader(
      (ids: readonly string[]) => read.practicesByIds(ids),
      (r) => r.id,
      (r) => {
        this.primeRelations(r);
        return toPractice(r);
      },
    );
    this.practicesBySlug = loader(
      (s: readonly string[]) => read.practicesBySlugs(s),
      (r) => r.slug,
      (r) => this.withDetail(r),
    );
    this.institutions = loader(
      (ids: readonly string[]) => read.institutionsByIds(ids),
      (r) => r.id,
      toInstitution,
    );
    this.institutionsBySlug = loader(
      (s: readonly string[]) => read.institutionsBySlugs(s),
      (r) => r.slug,
      toInstitution,
    );
    this.countriesById = loader(
      (ids: readonly string[]) => read.countries({ ids }),
      (r) => r.id,
      toCountry,
    );
    this.countriesByCode = loader(
      (codes: readonly string[]) => read.countries({ codes }),
      (r) => r.code,
      toCountry,
    );
    this.priorityAreasById = loader(
      (ids: readonly string[]) => read.priorityAreas({ ids }),
      (r) => r.id,
      toPriorityArea,
    );
    this.priorityAreasBySlug = loader(
      (slugs: readonly string[]) => read.priorityAreas({ slugs }),
      (r) => r.slug,
      toPriorityArea,
    );
    this.competitions = loader(
      (ids: readonly string[]) => read.competitions({ ids }),
      (r) => r.id,
      toCompetition,
    );
    this.stats = loader(
      (ids: readonly string[]) => read.statsByCompetitions(ids),
      (r) => r.competitionId,
      (r) => r,
    );
    this.jury = groupLoader(
      async (ids) =>
        (await read.juryByCompetitions(ids)).map((j) => ({ ...j, ownerId: j.competitionId })),
      (j) => Object.assign(new JuryMemberType(), j),
    );
    this.practiceAreas = groupLoader(
      (ids) => read.priorityAreasByPractices(ids),
      (r) => toPriorityArea(r),
    );
    this.trienniumAreas = groupLoader(
      (ids) => read.priorityAreasByTrienniums(ids),
      (r) => toPriorityArea(r),
    );
    this.sections = groupLoader(
      (ids) => read.sectionsByPractices(ids),
      (s) => s,
    );
    this.lessons = groupLoader(
      (ids) => read.lessonsByPractices(ids),
      (l) => l,
    );
    this.figures = groupLoader(
      (ids) => read.figuresByPractices(ids),
      ({ ownerId: _owner, ...f }) => Object.assign(new PracticeFigureType(), f),
    );
  }

  /**
   * Primes the loaders with the relations a practice's row carries (read in the same
   * statement): the fields of a list then cost no further statement.
   */
  private primeRelations(row: Pick<PracticeRow, 'id' | 'relations'>) {
    const relations = row.relations;
    if (relations) {
      const institution = toInstitution(relations.institution);
      this.institutions.prime(institution.localId, institution);
      this.institutionsBySlug.prime(institution.slug, institution);
      for (const country of relations.countries) {
        const value = toCountry(country);
        this.countriesById.prime(value.localId, value);
        this.countriesByCode.prime(value.code, value);
      }
      this.practiceAreas.prime(row.id, relations.priorityAreas.map(toPriorityArea));
    }
  }

  /** A practice's page: primes its relations and its detail (sections, lessons, figures, competition). */
  private withDetail(
    row: Parameters<typeof toPractice>[0] & Pick<PracticeRow, 'relations'> & PracticeDetail,
  ) {
    const ownerId = row.id;
    this.sections.prime(
      ownerId,
      row.detailSections.map((section) => ({ ...section, ownerId })),
    );
    this.lessons.prime(
      ownerId,
      row.detailLessons.map((lesson) => ({ ...lesson, ownerId })),
    );
    this.figures.prime(
      ownerId,
      row.detailFigures.map((figure) => Object.assign(new PracticeFigureType(), figure)),
    );
    const competition = row.detailCompetition;
    if (competition) {
      const value = toCompetition({
        ...competition,
        publishedAt: competition.publishedAt ? new Date(competition.publishedAt) : null,
      });
      this.competitions.prime(value.localId, value);
    }
    this.primeRelations(row);
    return toPractice(row);
  }

  practice(id: string) {
    return this.practices.load(id);
  }

  practiceBySlug(slug: string) {
    return this.practicesBySlug.load(slug);
  }

  institution(id: string) {
    return this.institutions.load(id);
  }

  institutionBySlug(slug: string) {
    return this.institutionsBySlug.load(slug);
  }

  country(id: string) {
    return this.countriesById.load(id);
  }

  countryByCode(code: string) {
    return this.countriesByCode.load(code.toUpperCase());
  }

  async allCountries() {
    return (await this.read.countries()).map(toCountry);
  }

  priorityArea(id: string) {
    return this.priorityAreasById.load(id);
  }

  priorityAreaBySlug(slug: string) {
    return this.priorityAreasBySlug.load(slug);
  }

  async allPriorityAreas() {
    return (await this.read.priorityAreas()).map(toPriorityArea);
  }

  competition(id: string) {
    return this.competitions.load(id);
  }

  async allCompetitions() {
    const rows = (await this.read.competitions()).map(toCompetition);
    for (const c of rows) this.competitions.prime(c.localId, c);
    return rows;
  }

  async competitionStats(competitionId: string): Promise<CompetitionStatsType> {
    const { award: _award, ...stats } = {
      ...EMPTY_STATS,
      ...(await this.stats.load(competitionId)),
    };
    return Object.assign(new CompetitionStatsType(), stats);
  }

  async resultsSentence(competitionId: string): Promise<string> {
    const stats = (await this.stats.load(competitionId)) ?? { ...EMPTY_STATS, competitionId };
    return resultsSentence(stats);
  }

  juryOf(competitionId: string) {
    return this.jury.load(competitionId);
  }

  priorityAreasOfPractice(practiceId: string) {
    return this.practiceAreas.load(practiceId);
  }

  priorityAreasOfTriennium(trienniumId: string) {
    return this.trienniumAreas.load(trienniumId);
  }

  figuresOf(practiceId: string) {
    return this.figures.load(practiceId);
  }

  async successFactorsOf(practiceId: string) {
    return (await this.lessons.load(practiceId))
      .filter((l) => l.kind === 'SUCCESS_FACTOR')
      .map((l) => l.text);
  }

  async risksOf(practiceId: string) {
    return (await this.lessons.load(practiceId))
      .filter((l) => l.kind === 'RISK')
      .map((l) => l.text);
  }

  /** The form's sections in form order; evaluation and lessons include their figures and lists. */
  async sectionsOf(practiceId: string): Promise<PracticeSectionType[]> {
    const [sections, lessons, figures] = await Promise.all([
      this.sections.load(practiceId),
      this.lessons.load(practiceId),
      this.figures.load(practiceId),
    ]);
    const bodies = new Map(sections.map((s) => [s.key, s.body]));
    const generated: Record<string, string> = {
      evaluation: renderFigures(figures),
      lessons: renderLessons(
        lessons.filter((l) => l.kind === 'SUCCESS_FACTOR').map((l) => l.text),
        lessons.filter((l) => l.kind === 'RISK').map((l) => l.text),
      ),
    };
    return FORM_SECTIONS.map((form) => ({
      form,
      body: [bodies.get(form.key), generated[form.key]].filter((b) => b && b.trim()).join('\n\n'),
    }))
      .filter((s) => s.body)
      .map(({ form, body }) =>
        Object.assign(new PracticeSectionType(), {
          key: form.key,
          heading: form.heading,
          prompt: form.prompt,
          body,
        }),
      );
  }

  /**
   * Who answers a list: the in-memory index (one snapshot for the whole request) for the public
   * searches, the SQL over practice_search for a competition's entries in the booklet's order,
   * without an index (the preview, documents), or when the database cannot give a version.
   */
  private async searcher(
    query: PracticeQuery,
    after: string | null = null,
  ): Promise<IndexedSearch | PracticeSearchRepository> {
    if (!this.index || query.competitionId || query.order === 'BOOKLET') return this.search;
    // The index and the SQL rank relevance on different scales: the page after a relevance
    // cursor is answered by whichever made it, the index however long its rebuild takes.
    const madeBy = query.order === 'RELEVANCE' && after ? cursorOrder(after) : null;
    if (madeBy === SQL_RELEVANCE) return this.search;
    if (madeBy === 'RELEVANCE') {
      const snapshot = await this.index.snapshot(Infinity);
      if (!snapshot) throw new DatabaseUnavailableError('unreachable', 'search index not built');
      return new IndexedSearch(snapshot, this.search);
    }
    this.indexed ??= this.index
      .snapshot()
      .then((snapshot) => (snapshot ? new IndexedSearch(snapshot, this.search) : null));
    return (await this.indexed) ?? this.search;
  }

  /** A page of a list; the relations read with its rows are primed (see primeRelations). */
  async searchPage(query: PracticeQuery, first: number, after: string | null) {
    const page = await (await this.searcher(query, after)).page(query, first, after);
    for (const row of page.rows) this.primeRelations(row);
    return page;
  }

  /**
   * The number of practices in the list. When the same request asks for the facets, it is read
   * off their counts (one scan of the matches instead of two).
   */
  async searchCount(query: PracticeQuery, withFacets = false): Promise<number> {
    if (!withFacets) return (await this.searcher(query)).count(query);
    return totalFromFacets(query, await this.searchFacets(query));
  }

  /** The facets of a list, computed once per request however many fields ask. */
  searchFacets(query: PracticeQuery): Promise<FacetCount[]> {
    const key = JSON.stringify(query);
    let facets = this.facetsByQuery.get(key);
    if (!facets) {
      facets = this.searcher(query).then((searcher) => searcher.facets(query));
      this.facetsByQuery.set(key, facets);
    }
    return facets;
  }

  didYouMean(query: PracticeQuery): Promise<string | null> {
    return this.assist.didYouMean(query.text);
  }

  async suggest(prefix: string, first: number): Promise<SuggestionType[]> {
    return (await this.assist.suggest(prefix, first)).map((row) =>
      Object.assign(new SuggestionType(), { ...row, url: SUGGESTION_PATHS[row.kind](row.slug) }),
    );
  }
}
