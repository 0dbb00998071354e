import { GraphQLError } from 'graphql';
import { type DataSource, type EntityManager } from 'typeorm';
import { REGIONS, type Region } from '@gpa/shared';
import { conflict, ErrorCode, notFound, userInputError } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';
import { type AuditService } from '../audit/audit.service.js';

export interface ManagedCountryRow {
  id: string;
  code: string;
  name: string;
  sortName: string;
  region: Region;
  version: number;
  institutionCount: number;
}

export interface CountryInputValues {
  code: string;
  name: string;
  sortName?: string | null;
  region: Region;
}

const COLUMNS = `c.id, c.code, c.name, c.sort_name AS "sortName", c.region, c.version,
  (SELECT count(*)::int FROM institution i WHERE i.country_id = c.id) AS "institutionCount"`;

/** Countries as the secretariat manages them: one per ISO code and one per name. */
export class CountryAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
  ) {}

  list(viewer: Viewer): Promise<ManagedCountryRow[]> {
    this.access.assertSecretariat(viewer);
    return this.dataSource.query(`SELECT ${COLUMNS} FROM country c ORDER BY c.sort_name`);
  }

  async get(viewer: Viewer, id: string): Promise<ManagedCountryRow> {
    this.access.assertSecretariat(viewer);
    const [row] = await this.dataSource.query(`SELECT ${COLUMNS} FROM country c WHERE c.id = $1`, [
      id,
    ]);
    if (!row) throw notFound('This country');
    return row;
  }

  async create(viewer: Viewer, input: CountryInputValues, requestId: string | null) {
    this.access.assertSecretariat(viewer);
    const values = checked(input);
    const id = await this.dataSource.transaction(async (em) => {
      await assertNoDuplicate(em, values, null);
      const [row] = await em.query(
        `INSERT INTO country (code, name, sort_name, region, version) VALUES ($1, $2, $3, $4, 1) RETURNING id`,
        [values.code, values.name, values.sortName, values.region],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'country.create',
        entityType: 'Country',
        entityId: row.id,
        after: values,
        requestId,
      });
      return row.id as string;
    });
    return this.get(viewer, id);
  }

  async update(
    viewer: Viewer,
    id: string,
    input: CountryInputValues,
    expectedVersion: number,
    requestId: string | null,
  ) {
    this.access.assertSecretariat(viewer);
    const values = checked(input);
    await this.dataSource.transaction(async (em) => {
      const [current] = await em.query(
        `SELECT ${COLUMNS} FROM country c WHERE c.id = $1 FOR UPDATE`,
        [id],
      );
      if (!current) throw notFound('This country');
      if (current.version !== expectedVersion)
        throw conflict('The country was changed meanwhile; here is its current state.', current);
      await assertNoDuplicate(em, values, id);
      await em.query(
        `UPDATE country SET code = $2, name = $3, sort_name = $4, region = $5, version = version + 1 WHERE id = $1`,
        [id, values.code, values.name, values.sortName, values.region],
      );
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'country.update',
        entityType: 'Country',
        entityId: id,
        before: current,
        after: { ...values, version: current.version + 1 },
        requestId,
      });
    });
    return this.get(viewer, id);
  }
}

/** The console's rules for a country (also applied by the import); BAD_USER_INPUT naming the field. */
export function checked(input: CountryInputValues) {
  const code = (input.code ?? '').trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code))
    throw userInputError('Give the two-letter ISO 3166-1 code, e.g. KR.', 'code');
  const name = (input.name ?? '').trim().replace(/\s+/g, ' ');
  if (!name) throw userInputError('Give the name of the country.', 'name');
  if (name.length > 200) throw userInputError('At most 200 characters.', 'name');
  const sortName = (input.sortName ?? '').trim().replace(/\s+/g, ' ') || name;
  if (!REGIONS.includes(input.region)) throw userInputError('Choose a region.', 'region');
  return { code, name, sortName, region: input.region };
}

async function assertNoDuplicate(
  em: EntityManager,
  values: { code: string; name: string },
  exceptId: string | null,
) {
  const [existing] = await em.query(
    `SELECT id, code, name FROM country
      WHERE (code = $1 OR lower(regexp_replace(btrim(name), '\\s+', ' ', 'g')) = lower($2))
        AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [values.code, values.name, exceptId],
  );
  if (existing) {
    const field = existing.code === values.code ? 'code' : 'name';
    throw new GraphQLError(
      field === 'code'
        ? `The code ${values.code} is already used by ${existing.name}.`
        : `${existing.name} is already recorded (${existing.code}).`,
      {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          field,
          existing: { id: existing.id, name: existing.name },
        },
      },
    );
  }
}
