import { type DataSource } from 'typeorm';
import { forbidden, notFound, userInputError } from '../../graphql/errors.js';
import { type AuditService } from '../audit/audit.service.js';
import { hasRole, type Viewer } from '../auth/viewer.js';
import { proposeConflicts } from './conflict.service.js';

export interface JurorAffiliationRow {
  userId: string;
  displayName: string;
  institutionId: string | null;
  institutionName: string | null;
  countryCode: string | null;
}

const SELECT = `SELECT u.id AS "userId", u.display_name AS "displayName", u.institution_id AS "institutionId",
  i.name AS "institutionName", coalesce(c.code, ic.code) AS "countryCode"
  FROM user_account u LEFT JOIN institution i ON i.id = u.institution_id
  LEFT JOIN country c ON c.id = u.country_id LEFT JOIN country ic ON ic.id = i.country_id
 WHERE u.id = $1`;

/**
 * A jury member's own institution and country, which the system uses to propose conflicts of
 * interest. Set by the secretariat; audited.
 */
export class JurorAffiliationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async set(
    viewer: Viewer,
    userId: string,
    institutionId: string | null,
    countryCode: string | null,
    requestId: string | null,
  ): Promise<JurorAffiliationRow> {
    if (!hasRole(viewer, 'SECRETARIAT')) throw forbidden();
    return this.dataSource.transaction(async (em) => {
      const [before] = await em.query(`${SELECT} FOR UPDATE OF u`, [userId]);
      if (!before) throw notFound('This user');
      let countryId: string | null = null;
      if (countryCode?.trim()) {
        const [country] = await em.query(`SELECT id FROM country WHERE code = upper($1)`, [
          countryCode.trim(),
        ]);
        if (!country) throw userInputError('No country has this code.', 'countryCode');
        countryId = country.id;
      }
      if (institutionId) {
        const [institution] = await em.query(`SELECT id FROM institution WHERE id = $1`, [
          institutionId,
        ]);
        if (!institution) throw userInputError('No such institution.', 'institutionId');
      }
      await em.query(
        `UPDATE user_account SET institution_id = $2, country_id = $3, version = version + 1, updated_at = now()
          WHERE id = $1`,
        [userId, institutionId, countryId],
      );
      // The conflicts the new affiliation implies, for every seat of the member, at once.
      await proposeConflicts(em, { userIds: [userId] });
      const [after] = await em.query(SELECT, [userId]);
      await this.audit.record(em, {
        actorId: viewer.userId,
        action: 'user.affiliation',
        entityType: 'User',
        entityId: userId,
        before,
        after,
        requestId,
      });
      return after;
    });
  }
}
