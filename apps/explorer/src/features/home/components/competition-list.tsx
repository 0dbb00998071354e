import { Link } from 'react-router';
import { type HomeQuery } from '../../../generated/graphql';
import { pluralize } from '../../../lib/format';
import { paths } from '../../../lib/paths';

export function CompetitionList({ competitions }: { competitions: HomeQuery['competitions'] }) {
  if (competitions.length === 0) return null;
  const sorted = [...competitions].sort(
    (a, b) => b.year - a.year || a.title.localeCompare(b.title),
  );
  return (
    <section aria-labelledby="competitions-title">
      <h2 id="competitions-title">Results by competition</h2>
      <ul className="plain-list competition-list">
        {sorted.map((c) => (
          <li key={c.id}>
            <Link to={paths.competition.to(c.slug)}>{c.title}</Link>{' '}
            <span className="muted">
              (triennium {c.triennium}: {pluralize(c.stats.entries, 'entry', 'entries')},{' '}
              {pluralize(c.stats.countries, 'country', 'countries')})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
