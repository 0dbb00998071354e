import { type CompetitionStatus, type Outcome, slugify } from '@gpa/shared';
import { type DataSource } from 'typeorm';
import { hasRole, type Viewer } from '../auth/viewer.js';

/** The competition a set of certificates belongs to, with what they print about its forum. */
export interface CertificateCompetition {
  id: string;
  slug: string;
  title: string;
  year: number;
  status: CompetitionStatus;
  forumName: string | null;
  forumPlace: string | null;
  /** ISO date (YYYY-MM-DD). */
  forumDate: string | null;
}

/** One decided entry: what its certificate names. */
export interface CertificateEntry {
  slug: string;
  title: string;
  institutionName: string;
  countryName: string;
  outcome: Outcome;
}

/**
 * Who may read a competition's certificates before it is published: the secretariat, who prints
 * and checks them ahead of the forum. Jury members are not included: the certificates are the
 * secretariat's output, a jury member may have conflicts of interest with some entries, and the
 * jury already sees the decisions in the console. Before publication they get the public's 404.
 */
export function mayReadUnpublishedCertificates(viewer: Viewer | null | undefined): boolean {
  return hasRole(viewer ?? null, 'SECRETARIAT');
}

/**
 * The competition with this slug, when the viewer may read its certificates: everyone once it
 * is published, the secretariat before. The rule is part of the statement, so nothing of an
 * unpublished competition is even read for anyone else; null is the same for unknown and hidden.
 */
export async function loadCertificateCompetition(
  dataSource: DataSource,
  slug: string,
  viewer: Viewer | null | undefined,
): Promise<CertificateCompetition | null> {
  const rows: CertificateCompetition[] = await dataSource.query(
    `SELECT c.id, c.slug, c.title, c.year, c.status::text AS status,
            c.forum_name AS "forumName", c.forum_place AS "forumPlace",
            c.forum_date::text AS "forumDate"
       FROM competition c
      WHERE c.slug = $1 AND (c.status = 'PUBLISHED' OR $2::boolean)`,
    [slug, mayReadUnpublishedCertificates(viewer)],
  );
  return rows[0] ?? null;
}

/**
 * The competition's decided entries (submitted, with a decision) in the results booklet's order:
 * by outcome, the booklet position, country, institution, title. One statement; `practiceSlug`
 * narrows it to one entry.
 */
export async function loadCertificateEntries(
  dataSource: DataSource,
  competitionId: string,
  practiceSlug?: string,
): Promise<CertificateEntry[]> {
  return dataSource.query(
    `SELECT p.slug, p.title, i.name AS "institutionName", co.name AS "countryName",
            d.outcome::text AS outcome
       FROM practice p
       JOIN decision d ON d.practice_id = p.id
       JOIN institution i ON i.id = p.institution_id
       JOIN country co ON co.id = i.country_id
      WHERE p.competition_id = $1 AND p.status = 'SUBMITTED'
        AND ($2::text IS NULL OR p.slug = $2::text)
      ORDER BY array_position(enum_range(NULL::outcome), d.outcome),
               coalesce(p.position, 2147483647),
               co.sort_name COLLATE "C", i.name COLLATE "C",
               lower(regexp_replace(p.title, '^[^[:alnum:]]+', '')) COLLATE "C", p.id`,
    [competitionId, practiceSlug ?? null],
  );
}

const MAX_FILE_STEM = 150;

/**
 * A certificate's PDF file name, "country-institution-title.pdf" in slug form, cut at a word
 * boundary so that long titles stay usable on every file system.
 */
export function certificateFileStem(entry: CertificateEntry): string {
  const full = slugify(`${entry.countryName} ${entry.institutionName} ${entry.title}`);
  if (full.length <= MAX_FILE_STEM) return full || 'certificate';
  const cut = full.slice(0, MAX_FILE_STEM);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
}

/** File names for a whole competition, unique within the ZIP ("…-2.pdf" where two collide). */
export function certificateFileNames(entries: readonly CertificateEntry[]): string[] {
  const taken = new Set<string>();
  return entries.map((entry) => {
    const stem = certificateFileStem(entry);
    let name = `${stem}.pdf`;
    for (let n = 2; taken.has(name); n += 1) name = `${stem}-${n}.pdf`;
    taken.add(name);
    return name;
  });
}
