import { toGlobalId } from '../../../graphql/node-id.js';
import { type RunningServer } from '../../../server.js';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');
export { words };

/** A competition in the given status on the 2017–2019 triennium, with a unique region/year. */
export async function createCompetition(server: RunningServer, status: string, year: number) {
  const ds = server.database.dataSource;
  const [triennium] = await ds.query(`SELECT id FROM triennium WHERE start_year = 2017`);
  const [row] = await ds.query(
    `INSERT INTO competition (slug, region, year, title, triennium_id, status, version)
     VALUES ($1, 'EUROPE', $2, $3, $4, $5::competition_status, 1) RETURNING id`,
    [`europe-${year}`, year, `Europe ${year}`, triennium.id, status],
  );
  return { id: row.id as string, globalId: toGlobalId('Competition', row.id) };
}

export async function referenceIds(server: RunningServer) {
  const ds = server.database.dataSource;
  const areas: { id: string; slug: string }[] = await ds.query(
    `SELECT a.id, a.slug FROM priority_area a JOIN triennium_priority_area t ON t.priority_area_id = a.id
      JOIN triennium tr ON tr.id = t.triennium_id WHERE tr.start_year = 2017 ORDER BY t.position`,
  );
  const [institution] = await ds.query(
    `SELECT id FROM institution WHERE slug = 'iranian-social-security-organization'`,
  );
  return {
    areas: areas.map((a) => toGlobalId('PriorityArea', a.id)),
    institution: toGlobalId('Institution', institution.id),
  };
}

export function fullInput(ids: { areas: string[]; institution: string }, title: string) {
  return {
    title,
    institutionId: ids.institution,
    summary: words(180),
    inOperationSince: 2015,
    priorityAreaIds: ids.areas.slice(0, 2),
    sections: [
      { key: 'issue', body: 'Large number of in-person insurance branch visits.' },
      { key: 'approach', body: 'A startup app for the health insurance booklet.' },
      { key: 'targets', body: 'Fewer in-person visits.' },
      { key: 'evaluation', body: 'Reduction in unnecessary in-person visits.' },
      { key: 'lessons', body: 'Team work matters.' },
    ],
    successFactors: ['Good team work.', 'Good interaction with social partners.'],
    risks: ['Infrastructure requirements.'],
    figures: [
      {
        group: 'Electronic inspection',
        label: 'Number of inspections',
        before: 278000,
        after: 336000,
      },
      { label: 'Satisfaction', value: '97 per cent' },
    ],
  };
}

export const SUBMISSION_FIELDS = `id title status version summary inOperationSince priorityAreaIds
  institutionId institutionName countryCode competitionStatus
  sections { key body } successFactors risks figures { group label value before after unit }`;
