import { type DataSource } from 'typeorm';
import { type CompetitionStatus } from '@gpa/shared';
import { notFound } from '../../graphql/errors.js';
import { type AccessService } from '../auth/access.service.js';
import { type Viewer } from '../auth/viewer.js';

export interface SubmissionOptions {
  title: string;
  status: CompetitionStatus;
  priorityAreas: { id: string; name: string }[];
  institutions: { id: string; name: string; countryCode: string }[];
  countries: { code: string; name: string }[];
}

/** The choices of the form and of the table's filters, in one statement. */
export class SubmissionOptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async options(viewer: Viewer, competitionId: string): Promise<SubmissionOptions> {
    this.access.assertSecretariat(viewer);
    const [row] = await this.dataSource.query(
      `SELECT c.title, c.status,
              coalesce((SELECT json_agg(json_build_object('id', a.id, 'name', a.name) ORDER BY t.position)
                          FROM triennium_priority_area t JOIN priority_area a ON a.id = t.priority_area_id
                         WHERE t.triennium_id = c.triennium_id), '[]') AS "priorityAreas",
              coalesce((SELECT json_agg(json_build_object('id', i.id, 'name', i.name, 'countryCode', co.code)
                                        ORDER BY i.name, co.code)
                          FROM institution i JOIN country co ON co.id = i.country_id), '[]') AS institutions,
              coalesce((SELECT json_agg(json_build_object('code', x.code, 'name', x.name) ORDER BY x.sort_name)
                          FROM (SELECT DISTINCT co.code, co.name, co.sort_name FROM practice p
                                  JOIN institution i ON i.id = p.institution_id
                                  JOIN country co ON co.id = i.country_id
                                 WHERE p.competition_id = c.id) x), '[]') AS countries
         FROM competition c WHERE c.id = $1`,
      [competitionId],
    );
    if (!row) throw notFound('This competition');
    return row;
  }
}
