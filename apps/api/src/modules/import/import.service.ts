import { GraphQLError } from 'graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { slugify, uniqueSlug, validateEntry, type EntryInput, type Region } from '@gpa/shared';
import { notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';
import { checked as checkedCountry } from '../geography/country-admin.service.js';
import {
  checked as checkedInstitution,
  normalizeName,
} from '../institution/institution-admin.service.js';
import { writeChildren } from '../submission/submission.repository.js';
import {
  importFormat,
  parseImport,
  type CellError,
  type ImportFormat,
  type ImportSourceRow,
} from './import-parse.js';

export interface ImportRowReport {
  row: number;
  title: string;
  institution: string;
  countryCode: string;
  ok: boolean;
  newInstitution: boolean;
  newCountry: boolean;
  errors: CellError[];
}

export interface ImportReport {
  format: ImportFormat | null;
  dryRun: boolean;
  /** True once the entries are written (never for a dry run or a file with errors). */
  committed: boolean;
  totalRows: number;
  validRows: number;
  errorCount: number;
  fileErrors: string[];
  rows: ImportRowReport[];
  newInstitutions: string[];
  newCountries: string[];
  created: number;
}

interface PlannedRow {
  source: ImportSourceRow;
  report: ImportRowReport;
  input: EntryInput;
  countryKey: string;
  institutionKey: string;
}

/** Names compared as the unique indexes compare them: trimmed, inner spaces collapsed, any case. */
const key = (...parts: string[]) => parts.map((p) => normalizeName(p).toLowerCase()).join('|');

/** PostgreSQL's unique_violation (TypeORM copies the driver's code onto QueryFailedError). */
const isUniqueViolation = (error: unknown) =>
  !!error && typeof error === 'object' && (error as { code?: string }).code === '23505';

/** The console's rule a value breaks, as a row error (null when it passes). */
function ruleError(check: () => unknown): { field: string; message: string } | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    return { field: String(error.extensions.field ?? ''), message: error.message };
  }
}
const jsonRows = (rows: unknown[]) => JSON.stringify(rows);

/**
 * Imports a competition's entries from CSV, XLSX or a seed file. The dry run checks every row
 * against the same rules as the form and the database (priority areas, duplicates, countries)
 * and writes nothing; the import checks again inside one transaction and writes every row or,
 * if any row fails, none.
 */
export class ImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  async run(
    viewer: Viewer,
    competitionId: string,
    file: { name: string; data: Buffer },
    options: { dryRun: boolean; requestId: string | null },
  ): Promise<ImportReport> {
    this.access.assertSecretariat(viewer);
    const format = importFormat(file.name);
    const empty: ImportReport = {
      format,
      dryRun: options.dryRun,
      committed: false,
      totalRows: 0,
      validRows: 0,
      errorCount: 0,
      fileErrors: [],
      rows: [],
      newInstitutions: [],
      newCountries: [],
      created: 0,
    };
    if (!format)
      return { ...empty, fileErrors: ['Upload a .csv, .xlsx or .json (seed format) file.'] };
    const parsed = await parseImport(format, file.data);
    return this.dataSource.transaction(async (em) => {
      const [competition] = await em.query(
        `SELECT c.id, c.title, c.status, c.region,
                coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name, 'slug', a.slug))
                            FROM triennium_priority_area t JOIN priority_area a ON a.id = t.priority_area_id
                           WHERE t.triennium_id = c.triennium_id), '[]') AS areas
           FROM competition c WHERE c.id = $1 FOR SHARE`,
        [competitionId],
      );
      if (!competition) throw notFound('This competition');
      const fileErrors = [...parsed.fileErrors];
      if (competition.status !== 'OPEN')
        fileErrors.push(
          `${competition.title} is not open for entries (it is ${String(competition.status).toLowerCase()}).`,
        );
      const planned = await this.plan(
        em,
        competitionId,
        competition.region,
        competition.areas,
        parsed,
      );
      const reports = planned.map((p) => p.report);
      const errorCount = reports.reduce((n, r) => n + r.errors.length, 0);
      const report: ImportReport = {
        ...empty,
        fileErrors,
        totalRows: reports.length,
        validRows: reports.filter((r) => r.ok).length,
        errorCount,
        rows: reports,
        // One line per institution, as its first row names it (case aside, rows are the same one).
        newInstitutions: newInstitutionNames(reports),
        newCountries: [...new Set(reports.filter((r) => r.newCountry).map((r) => r.countryCode))],
      };
      if (options.dryRun || errorCount > 0 || fileErrors.length > 0) return report;
      try {
        await this.write(em, viewer, competitionId, competition.region, planned, options.requestId);
      } catch (error) {
        // Someone created the same institution, country or entry since the checks above.
        if (isUniqueViolation(error))
          throw userInputError(
            'An institution, country or entry of this file was created by someone else meanwhile; run the dry run again to see which.',
            'file',
          );
        throw error;
      }
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'entries.import',
        entityType: 'Competition',
        entityId: competitionId,
        after: { format, entries: planned.length, newInstitutions: report.newInstitutions },
        requestId: options.requestId,
      });
      return { ...report, committed: true, created: planned.length };
    });
  }

  /** Every row checked against the form's rules and the database, without writing anything. */
  private async plan(
    em: EntityManager,
    competitionId: string,
    region: Region,
    areas: { id: string; name: string; slug: string }[],
    parsed: Awaited<ReturnType<typeof parseImport>>,
  ): Promise<PlannedRow[]> {
    const codes = [...new Set(parsed.rows.map((r) => r.countryCode))];
    const countries: { id: string; code: string; name: string }[] = await em.query(
      `SELECT id, code, name FROM country WHERE code = ANY($1::text[]) OR lower(name) = ANY($2::text[])`,
      [codes, parsed.rows.map((r) => (r.countryName ?? '').toLowerCase())],
    );
    const countryByCode = new Map(countries.map((c) => [c.code.trim(), c]));
    const countryNames = new Set(countries.map((c) => c.name.toLowerCase()));
    const institutions: { id: string; name: string; code: string }[] = await em.query(
      `SELECT i.id, i.name, co.code FROM institution i JOIN country co ON co.id = i.country_id
        WHERE co.code = ANY($1::text[])`,
      [codes],
    );
    const institutionByKey = new Map(institutions.map((i) => [key(i.code, i.name), i]));
    const existing: { title: string; code: string; name: string }[] = await em.query(
      `SELECT p.title, co.code, i.name FROM practice p JOIN institution i ON i.id = p.institution_id
         JOIN country co ON co.id = i.country_id WHERE p.competition_id = $1`,
      [competitionId],
    );
    const taken = new Set(existing.map((e) => key(e.code, e.name, e.title)));
    const areaByName = new Map<string, string>();
    for (const a of areas) {
      areaByName.set(a.name.toLowerCase(), a.id);
      areaByName.set(a.slug, a.id);
    }
    const seen = new Map<string, number>();
    const newCountryNames = new Map<string, string>();

    return parsed.rows.map((read) => {
      // The name as the console would store it, so that it matches the unique index.
      const source = { ...read, institution: normalizeName(read.institution) };
      const errors: CellError[] = [...source.errors];
      const col = (field: string) => parsed.columnOf(source, field);
      const country = countryByCode.get(source.countryCode);
      let newCountry = false;
      if (!/^[A-Z]{2}$/.test(source.countryCode))
        errors.push({
          column: col('countryCode'),
          message: 'Give an ISO 3166-1 alpha-2 code (e.g. IR).',
        });
      else if (!country) {
        const name = source.countryName?.trim();
        const claimed = newCountryNames.get(source.countryCode);
        if (!name)
          errors.push({
            column: col('countryCode'),
            message: `${source.countryCode} is not a known country; give its name in country_name to create it.`,
          });
        else if (!claimed && countryNames.has(name.toLowerCase()))
          errors.push({
            column: col('countryName'),
            message: `"${name}" is already the name of another country code.`,
          });
        else {
          const broken = ruleError(() =>
            checkedCountry({ code: source.countryCode, name, region }),
          );
          if (broken)
            errors.push({
              column: col(broken.field === 'code' ? 'countryCode' : 'countryName'),
              message: broken.message,
            });
          newCountry = true;
          if (!claimed) newCountryNames.set(source.countryCode, name);
        }
      }
      const institution = institutionByKey.get(key(source.countryCode, source.institution));
      const newInstitution = !institution && !!source.institution;
      if (newInstitution) {
        const broken = ruleError(() =>
          checkedInstitution({ name: source.institution, acronym: source.acronym, countryId: '' }),
        );
        if (broken)
          errors.push({
            column: col(broken.field === 'acronym' ? 'acronym' : 'institutionId'),
            message: broken.message,
          });
      }
      const priorityAreaIds: string[] = [];
      source.priorityAreas.forEach((name) => {
        const id = areaByName.get(name.toLowerCase()) ?? areaByName.get(slugify(name));
        if (id) priorityAreaIds.push(id);
        else
          errors.push({
            column: col('priorityAreaIds'),
            message: `"${name}" is not a priority area of this competition.`,
          });
      });
      const input: EntryInput = {
        title: source.title,
        institutionId: source.institution ? (institution?.id ?? 'new') : null,
        summary: source.summary,
        inOperationSince: source.inOperationSince,
        priorityAreaIds,
        sections: source.sections,
        successFactors: source.successFactors,
        risks: source.risks,
        figures: source.figures,
      };
      // Unknown priority areas are reported above; the form's rules check the rest.
      const issues = source.unreadable ? [] : validateEntry(input, { mode: 'SUBMIT' });
      for (const issue of issues) {
        if (
          issue.field === 'priorityAreaIds' &&
          priorityAreaIds.length < source.priorityAreas.length
        )
          continue;
        errors.push({ column: col(issue.field), message: issue.message });
      }
      const entryKey = key(source.countryCode, source.institution, source.title);
      if (source.title && source.institution) {
        if (taken.has(entryKey))
          errors.push({
            column: col('title'),
            message: 'This institution already has an entry with this title in the competition.',
          });
        else if (seen.has(entryKey))
          errors.push({
            column: col('title'),
            message: `The same entry is already in row ${seen.get(entryKey)}.`,
          });
        else seen.set(entryKey, source.row);
      }
      return {
        source,
        input,
        countryKey: source.countryCode,
        institutionKey: key(source.countryCode, source.institution),
        report: {
          row: source.row,
          title: source.title,
          institution: source.institution,
          countryCode: source.countryCode,
          ok: errors.length === 0,
          newInstitution,
          newCountry,
          errors,
        },
      };
    });
  }

  /** Countries, institutions, entries and their children: a few statements, whatever the number of rows. */
  private async write(
    em: EntityManager,
    viewer: Viewer,
    competitionId: string,
    region: string,
    planned: PlannedRow[],
    requestId: string | null,
  ) {
    const newCountries = new Map<string, string>();
    for (const p of planned)
      if (p.report.newCountry && !newCountries.has(p.countryKey))
        newCountries.set(p.countryKey, normalizeName(p.source.countryName!));
    if (newCountries.size)
      await em.query(
        `INSERT INTO country (code, name, sort_name, region)
         SELECT x.code, x.name, x.name, $2::region FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text)`,
        [jsonRows([...newCountries].map(([code, name]) => ({ code, name }))), region],
      );

    const newInstitutions = new Map<
      string,
      { name: string; acronym: string | null; code: string }
    >();
    for (const p of planned)
      if (p.report.newInstitution && !newInstitutions.has(p.institutionKey))
        newInstitutions.set(p.institutionKey, {
          name: p.source.institution,
          acronym: p.source.acronym?.trim() || null,
          code: p.source.countryCode,
        });
    if (newInstitutions.size) {
      const slugs = await takenSlugs(
        em,
        'institution',
        [...newInstitutions.values()].map((i) => i.name),
      );
      await em.query(
        `INSERT INTO institution (slug, name, acronym, country_id)
         SELECT x.slug, x.name, x.acronym, c.id
           FROM jsonb_to_recordset($1::jsonb) AS x(slug text, name text, acronym text, code text)
           JOIN country c ON c.code = x.code`,
        [
          jsonRows(
            [...newInstitutions.values()].map((i) => ({ ...i, slug: claim(i.name, slugs) })),
          ),
        ],
      );
    }
    const institutionIds = new Map<string, string>(
      (
        (await em.query(
          `SELECT i.id, i.name, co.code FROM institution i JOIN country co ON co.id = i.country_id
            WHERE co.code = ANY($1::text[])`,
          [[...new Set(planned.map((p) => p.countryKey))]],
        )) as { id: string; name: string; code: string }[]
      ).map((i) => [key(i.code, i.name), i.id]),
    );

    const slugs = await takenSlugs(
      em,
      'practice',
      planned.map((p) => p.source.title),
    );
    const rows = planned.map((p) => ({
      slug: claim(p.source.title, slugs),
      institution_id: institutionIds.get(p.institutionKey)!,
      title: p.source.title.trim(),
      summary: p.source.summary || null,
      since: p.source.inOperationSince,
    }));
    const inserted: { id: string; slug: string }[] = await em.query(
      `INSERT INTO practice (slug, competition_id, institution_id, title, summary, in_operation_since, status, version)
       SELECT x.slug, $1, x.institution_id, x.title, x.summary, x.since, 'SUBMITTED', 1
         FROM jsonb_to_recordset($2::jsonb) AS x(slug text, institution_id uuid, title text, summary text, since int)
       RETURNING id, slug`,
      [competitionId, jsonRows(rows)],
    );
    const idBySlug = new Map(inserted.map((r) => [r.slug, r.id]));
    const entries = planned.map((p, i) => ({
      id: idBySlug.get(rows[i]!.slug)!,
      input: { ...p.input, institutionId: rows[i]!.institution_id },
    }));
    await writeChildren(em, entries, false);
    await em.query(
      `INSERT INTO audit_log (actor_id, action, entity_type, entity_id, after, request_id)
       SELECT $1, 'entry.import', 'Practice', x.id, jsonb_build_object('title', x.title, 'status', 'SUBMITTED', 'version', 1), $2
         FROM jsonb_to_recordset($3::jsonb) AS x(id text, title text)`,
      [
        viewer.userId,
        requestId,
        jsonRows(entries.map((e) => ({ id: e.id, title: e.input.title }))),
      ],
    );
  }
}

function newInstitutionNames(reports: ImportRowReport[]): string[] {
  const names = new Map<string, string>();
  for (const r of reports) {
    const k = key(r.countryCode, r.institution);
    if (r.newInstitution && !names.has(k)) names.set(k, `${r.institution} (${r.countryCode})`);
  }
  return [...names.values()];
}

async function takenSlugs(em: EntityManager, table: 'practice' | 'institution', names: string[]) {
  const rows: { slug: string }[] = await em.query(
    `SELECT slug FROM ${table} WHERE slug LIKE ANY($1::text[])`,
    [names.map((n) => `${(slugify(n) || 'untitled').replace(/[\\%_]/g, '\\$&')}%`)],
  );
  return new Set(rows.map((r) => r.slug));
}

function claim(name: string, taken: Set<string>): string {
  const slug = uniqueSlug(name, (s) => taken.has(s));
  taken.add(slug);
  return slug;
}
