import { type CompetitionsOverviewQuery } from '../../../generated/graphql';
import { formatCount, formatDate } from '../../../lib/format';
import { publicPaths } from '../../../lib/paths';

type Competition = CompetitionsOverviewQuery['competitions'][number];

const NUMBER_COLUMNS: { key: Exclude<keyof Competition['stats'], '__typename'>; label: string }[] =
  [
    { key: 'entries', label: 'Entries' },
    { key: 'institutions', label: 'Institutions' },
    { key: 'countries', label: 'Countries' },
    { key: 'awards', label: 'Awards' },
    { key: 'certificatesOfMerit', label: 'Certificates of Merit' },
    { key: 'specialMentions', label: 'Special mentions' },
    { key: 'attestations', label: 'Attestations' },
  ];

/**
 * Latest first, as the API lists them; the title already names the region and year. A table
 * wider than the screen scrolls inside its own focusable frame.
 */
export function CompetitionsTable({ competitions }: { competitions: readonly Competition[] }) {
  return (
    <div className="table-frame" role="region" aria-labelledby="competitions-caption" tabIndex={0}>
      <table>
        <caption id="competitions-caption">Published competitions</caption>
        <thead>
          <tr>
            <th scope="col">Competition</th>
            <th scope="col">Triennium</th>
            <th scope="col">Status</th>
            {NUMBER_COLUMNS.map((c) => (
              <th key={c.key} scope="col" className="number">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {competitions.map((competition) => {
            const published = formatDate(competition.publishedAt);
            return (
              <tr key={competition.id}>
                <th scope="row">
                  <a href={publicPaths.competition(competition.slug)}>{competition.title}</a>
                </th>
                <td>{competition.triennium}</td>
                <td>
                  <span className="status-badge">Published</span>
                  {published && <span className="muted status-date"> on {published}</span>}
                </td>
                {NUMBER_COLUMNS.map((c) => (
                  <td key={c.key} className="number">
                    {formatCount(competition.stats[c.key])}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
