import { type FigureLike, type Outcome } from '@gpa/shared';
import { type PublicCatalog } from '../catalog/public-catalog.js';
import { type PublicReadRepository } from '../catalog/public-read.repository.js';

/** What the practice sheet prints, all of it read through the public (published-only) path. */
export interface PracticeSheetData {
  slug: string;
  title: string;
  institutionName: string;
  countryName: string;
  inOperationSince: number | null;
  summary: string | null;
  priorityAreas: string[];
  competitionTitle: string | null;
  outcome: Outcome | null;
  juryText: string | null;
  /** The written answers by form section key, without the generated figures and lessons. */
  sectionBodies: Map<string, string>;
  figures: FigureLike[];
  successFactors: string[];
  risks: string[];
}

/** The sheet of a published practice; null when there is none with this slug. */
export async function loadPracticeSheet(
  catalog: PublicCatalog,
  read: PublicReadRepository,
  slug: string,
): Promise<PracticeSheetData | null> {
  // published_practice only: an unpublished practice is indistinguishable from a missing one.
  const practice = await catalog.practiceBySlug(slug);
  if (!practice) return null;
  const id = practice.localId;
  const [institution, country, competition, areas, sections, figures, successFactors, risks] =
    await Promise.all([
      catalog.institution(practice.institutionId),
      catalog.country(practice.countryId),
      catalog.competition(practice.competitionId),
      catalog.priorityAreasOfPractice(id),
      // The raw answers: PublicCatalog.sectionsOf merges figures and lessons into text, but
      // the sheet prints the figures as a table. The id comes from the published view.
      read.sectionsByPractices([id]),
      catalog.figuresOf(id),
      catalog.successFactorsOf(id),
      catalog.risksOf(id),
    ]);
  if (!institution || !country) return null;
  return {
    slug: practice.slug,
    title: practice.title,
    institutionName: institution.name,
    countryName: country.name,
    inOperationSince: practice.inOperationSince,
    summary: practice.summary,
    priorityAreas: areas.map((a) => a.name),
    competitionTitle: competition?.title ?? null,
    outcome: practice.outcome,
    juryText: practice.juryComment,
    sectionBodies: new Map(sections.map((s) => [s.key, s.body])),
    figures,
    successFactors,
    risks,
  };
}
