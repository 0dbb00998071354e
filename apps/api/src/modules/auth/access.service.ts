import { type DataSource } from 'typeorm';
import { forbidden, notFound } from '../../graphql/errors.js';
import { conflictSql } from '../jury/jury-access.js';
import { hasRole, type Viewer } from './viewer.js';

/**
 * Object-level authorization for the console, in one place: the secretariat sees every
 * competition; a jury member sees only the competitions they sit on and, within them, not the
 * entries they have a conflict with.
 */
export class AccessService {
  constructor(private readonly dataSource: DataSource) {}

  /** Null means every competition; otherwise the ids the viewer may see. */
  async competitionScope(viewer: Viewer): Promise<string[] | null> {
    if (hasRole(viewer, 'SECRETARIAT')) return null;
    if (!hasRole(viewer, 'JURY')) throw forbidden();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT competition_id AS id FROM jury_member WHERE user_id = $1`,
      [viewer.userId],
    );
    return rows.map((r) => r.id);
  }

  /** Refuses with NOT_FOUND (not FORBIDDEN) so that the existence of a competition is not revealed. */
  async assertCanSeeCompetition(viewer: Viewer, competitionId: string): Promise<void> {
    const scope = await this.competitionScope(viewer);
    if (scope && !scope.includes(competitionId)) throw notFound('This competition');
  }

  assertSecretariat(viewer: Viewer): void {
    if (!hasRole(viewer, 'SECRETARIAT')) throw forbidden();
  }

  /** The entries of a competition hidden from the viewer by a conflict of interest. */
  async conflictedPracticeIds(viewer: Viewer, competitionId: string): Promise<string[]> {
    if (hasRole(viewer, 'SECRETARIAT')) return [];
    const rows: { id: string }[] = await this.dataSource.query(
      // Stored conflicts and own-institution/country matches not dismissed, in one statement.
      `SELECT p.id FROM practice p
        WHERE p.competition_id = $2 AND ${conflictSql('p.id', '$1::uuid')}`,
      [viewer.userId, competitionId],
    );
    return rows.map((r) => r.id);
  }
}
