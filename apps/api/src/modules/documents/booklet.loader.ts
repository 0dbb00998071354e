import { type Outcome } from '@gpa/shared';
import { type PublicCatalog } from '../catalog/public-catalog.js';
import { type PracticeRow } from '../practice/practice-search.repository.js';
import { practiceQuery } from '../practice/practice-query.js';

/** What the results booklet prints, all of it read through the public (published-only) path. */
export interface BookletData {
  slug: string;
  title: string;
  triennium: string;
  forumName: string | null;
  forumPlace: string | null;
  forumDate: string | null;
  introduction: string;
  juryIntroduction: string;
  portalNote: string | null;
  priorityAreas: string[];
  resultsSentence: string;
  entries: BookletEntry[];
}

export interface BookletEntry {
  slug: string;
  title: string;
  countryName: string;
  institutionName: string;
  priorityAreas: string[];
  outcome: Outcome;
  summary: string | null;
  juryText: string | null;
}

// Large enough that a competition is one statement; the loop below still copes with more.
const PAGE = 500;

async function entriesInBookletOrder(catalog: PublicCatalog, competitionId: string) {
  // The same query as the GraphQL Competition.entries, so the page and the booklet agree.
  const query = practiceQuery({ competitionId, order: 'BOOKLET' });
  const rows: PracticeRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await catalog.searchPage(query, PAGE, after);
    rows.push(...page.rows);
    if (!page.hasNextPage || !page.rows.length) return rows;
    after = page.rows.at(-1)!.cursor;
  }
}

/** The booklet of a published competition; null when there is none with this slug. */
export async function loadBooklet(
  catalog: PublicCatalog,
  slug: string,
): Promise<BookletData | null> {
  const competition = (await catalog.allCompetitions()).find((c) => c.slug === slug);
  if (!competition) return null;
  const [areas, sentence, rows] = await Promise.all([
    catalog.priorityAreasOfTriennium(competition.trienniumId),
    catalog.resultsSentence(competition.localId),
    entriesInBookletOrder(catalog, competition.localId),
  ]);
  // The DataLoaders batch these per kind: one statement each, whatever the number of entries.
  const entries = await Promise.all(
    rows.map(async (row): Promise<BookletEntry | null> => {
      const [institution, country, practiceAreas] = await Promise.all([
        catalog.institution(row.institutionId),
        catalog.country(row.countryId),
        catalog.priorityAreasOfPractice(row.id),
      ]);
      // An entry without a decision has no place in a results booklet.
      if (!row.outcome || !institution || !country) return null;
      return {
        slug: row.slug,
        title: row.title,
        countryName: country.name,
        institutionName: institution.name,
        priorityAreas: practiceAreas.map((a) => a.name),
        outcome: row.outcome,
        summary: row.summary,
        juryText: row.juryText,
      };
    }),
  );
  return {
    slug: competition.slug,
    title: competition.title,
    triennium: competition.triennium,
    forumName: competition.forumName,
    forumPlace: competition.forumPlace,
    forumDate: competition.forumDate,
    introduction: competition.introduction,
    juryIntroduction: competition.juryIntroduction,
    portalNote: competition.portalNote,
    priorityAreas: areas.map((a) => a.name),
    resultsSentence: sentence,
    entries: entries.filter((e): e is BookletEntry => e !== null),
  };
}
