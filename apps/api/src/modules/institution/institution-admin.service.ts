import { GraphQLError } from 'graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { slugify, uniqueSlug } from '@gpa/shared';
import { conflict, ErrorCode, notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';

export interface ManagedInstitutionRow {
  id: string;
  slug: string;
  name: string;
  acronym: string | null;
  countryId: string;
  countryCode: string;
  countryName: string;
  version: number;
  entryCount: number;
}

export interface InstitutionInputValues {
  name: string;
  acronym?: string | null;
  countryId: string;
}

const COLUMNS = `i.id, i.slug, i.name, i.acronym, i.country_id AS "countryId", c.code AS "countryCode",
  c.name AS "countryName", i.version,
  (SELECT count(*)::int FROM practice p WHERE p.institution_id = i.id) AS "entryCount"`;

export function normalizeName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/** A refused duplicate: BAD_USER_INPUT on the field, naming the institution that exists. */
function duplicate(message: string, field: string, existing: { id: string; name: string }) {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field, existing },
  });
}

/** Institutions as the secretariat manages them: no duplicates, and a merge for those that slipped in. */
export class InstitutionAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  list(viewer: Viewer, filter: { countryId?: string | null; search?: string | null } = {}) {
    this.access.assertSecretariat(viewer);
    const search = filter.search?.trim()
      ? `%${filter.search.trim().replace(/[%_\\]/g, '\\$&')}%`
      : null;
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM institution i JOIN country c ON c.id = i.country_id
        WHERE ($1::uuid IS NULL OR i.country_id = $1::uuid)
          AND ($2::text IS NULL OR i.name ILIKE $2 OR i.acronym ILIKE $2)
        ORDER BY c.sort_name, i.name`,
      [filter.countryId ?? null, search],
    ) as Promise<ManagedInstitutionRow[]>;
  }

  async get(viewer: Viewer, id: string, em?: EntityManager): Promise<ManagedInstitutionRow> {
    this.access.assertSecretariat(viewer);
    const [row] = await (em ?? this.dataSource).query(
      `SELECT ${COLUMNS} FROM institution i JOIN country c ON c.id = i.country_id WHERE i.id = $1`,
      [id],
    );
    if (!row) throw notFound('This institution');
    return row;
  }

  async create(viewer: Viewer, input: InstitutionInputValues, requestId: string | null) {
    this.access.assertSecretariat(viewer);
    const values = checked(input);
    const id = await this.dataSource.transaction(async (em) => {
      await this.assertCountry(em, values.countryId);
      await this.assertNoDuplicate(em, values, null);
      const slug = await this.freeSlug(em, values.name, null);
      const [row] = await em.query(
        `INSERT INTO institution (slug, name, acronym, country_id, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [slug, values.name, values.acronym, values.countryId],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'institution.create',
        entityType: 'Institution',
        entityId: row.id,
        after: { ...values, slug },
        requestId,
      });
      return row.id as string;
    });
    return this.get(viewer, id);
  }

  async update(
    viewer: Viewer,
    id: string,
    input: InstitutionInputValues,
    expectedVersion: number,
    requestId: string | null,
  ) {
    this.access.assertSecretariat(viewer);
    const values = checked(input);
    await this.dataSource.transaction(async (em) => {
      const [current] = await em.query(
        `SELECT ${COLUMNS} FROM institution i JOIN country c ON c.id = i.country_id WHERE i.id = $1 FOR UPDATE OF i`,
        [id],
      );
      if (!current) throw notFound('This institution');
      if (current.version !== expectedVersion)
        throw conflict(
          'The institution was changed meanwhile; here is its current state.',
          current,
        );
      await this.assertCountry(em, values.countryId);
      await this.assertNoDuplicate(em, values, id);
      // Its address stays once it has entries (links to it may be shared); before, it follows the name.
      const slug = current.entryCount ? current.slug : await this.freeSlug(em, values.name, id);
      await em.query(
        `UPDATE institution SET name = $2, acronym = $3, country_id = $4, slug = $5, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [id, values.name, values.acronym, values.countryId, slug],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'institution.update',
        entityType: 'Institution',
        entityId: id,
        before: current,
        after: { ...values, slug, version: current.version + 1 },
        requestId,
      });
    });
    return this.get(viewer, id);
  }

  /**
   * Folds a duplicate into the institution it duplicates: everything that pointed at the
   * duplicate (its entries first of all) points at the other, and the duplicate is deleted;
   * one transaction, audited with what moved.
   */
  async merge(viewer: Viewer, duplicateId: string, intoId: string, requestId: string | null) {
    this.access.assertSecretariat(viewer);
    if (duplicateId === intoId)
      throw userInputError('Choose another institution to merge into.', 'intoId');
    await this.dataSource.transaction(async (em) => {
      const rows = await em.query(
        `SELECT ${COLUMNS} FROM institution i JOIN country c ON c.id = i.country_id
          WHERE i.id = ANY($1::uuid[]) ORDER BY i.id FOR UPDATE OF i`,
        [[duplicateId, intoId]],
      );
      const duplicateRow = rows.find((r: ManagedInstitutionRow) => r.id === duplicateId);
      const into = rows.find((r: ManagedInstitutionRow) => r.id === intoId);
      if (!duplicateRow) throw notFound('This institution');
      if (!into) throw notFound('The institution to merge into');
      if (duplicateRow.countryId !== into.countryId)
        throw userInputError(
          `${duplicateRow.name} (${duplicateRow.countryName}) and ${into.name} (${into.countryName}) are in different countries: they are not duplicates.`,
          'intoId',
        );
      // Every foreign key to institution, including ones other modules add later.
      const references: { table: string; column: string }[] = await em.query(
        `SELECT cl.relname AS "table", a.attname AS "column"
           FROM pg_constraint k
           JOIN pg_class cl ON cl.oid = k.conrelid
           JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
          WHERE k.contype = 'f' AND k.confrelid = 'institution'::regclass AND array_length(k.conkey, 1) = 1`,
      );
      const moved: Record<string, number> = {};
      for (const ref of references) {
        const table = `"${ref.table.replace(/"/g, '""')}"`;
        const column = `"${ref.column.replace(/"/g, '""')}"`;
        const [{ n }] = await em.query(
          `WITH moved AS (UPDATE ${table} SET ${column} = $2 WHERE ${column} = $1 RETURNING 1)
           SELECT count(*)::int AS n FROM moved`,
          [duplicateId, intoId],
        );
        moved[`${ref.table}.${ref.column}`] = n;
      }
      await em.query(`DELETE FROM institution WHERE id = $1`, [duplicateId]);
      await em.query(
        `UPDATE institution SET version = version + 1, updated_at = now() WHERE id = $1`,
        [intoId],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'institution.merge',
        entityType: 'Institution',
        entityId: intoId,
        before: { duplicate: duplicateRow, into },
        after: { mergedInto: intoId, moved },
        requestId,
      });
    });
    return this.get(viewer, intoId);
  }

  private async assertCountry(em: EntityManager, countryId: string) {
    const [country] = await em.query(`SELECT id FROM country WHERE id = $1`, [countryId]);
    if (!country) throw userInputError('Choose a country.', 'countryId');
  }

  private async assertNoDuplicate(
    em: EntityManager,
    values: { name: string; countryId: string },
    exceptId: string | null,
  ) {
    const [existing] = await em.query(
      `SELECT i.id, i.name, c.name AS "countryName" FROM institution i JOIN country c ON c.id = i.country_id
        WHERE i.country_id = $1 AND lower(regexp_replace(btrim(i.name), '\\s+', ' ', 'g')) = lower($2)
          AND ($3::uuid IS NULL OR i.id <> $3::uuid)`,
      [values.countryId, values.name, exceptId],
    );
    if (existing)
      throw duplicate(
        `${existing.countryName} already has an institution named “${existing.name}”.`,
        'name',
        { id: existing.id, name: existing.name },
      );
  }

  private async freeSlug(em: EntityManager, name: string, exceptId: string | null) {
    const base = slugify(name);
    const taken: { slug: string }[] = await em.query(
      `SELECT slug FROM institution WHERE (slug = $1 OR slug LIKE $1 || '-%') AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [base, exceptId],
    );
    const set = new Set(taken.map((t) => t.slug));
    return uniqueSlug(name, (s) => set.has(s));
  }
}

/** The console's rules for an institution (also applied by the import); BAD_USER_INPUT naming the field. */
export function checked(input: InstitutionInputValues) {
  const name = normalizeName(input.name ?? '');
  if (!name) throw userInputError('Give the name of the institution.', 'name');
  if (name.length > 300) throw userInputError('At most 300 characters.', 'name');
  if (!slugify(name)) throw userInputError('The name needs at least one letter or digit.', 'name');
  const acronym = input.acronym?.trim() || null;
  if (acronym && acronym.length > 30) throw userInputError('At most 30 characters.', 'acronym');
  return { name, acronym, countryId: input.countryId };
}
