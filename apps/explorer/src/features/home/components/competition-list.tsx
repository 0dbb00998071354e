import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type HomeQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';

export function CompetitionList({ competitions }: { competitions: HomeQuery['competitions'] }) {
  const { t } = useTranslation();
  if (competitions.length === 0) return null;
  const sorted = [...competitions].sort(
    (a, b) => b.year - a.year || a.title.localeCompare(b.title),
  );
  return (
    <section aria-labelledby="competitions-title">
      <h2 id="competitions-title">{t('home.competitionsTitle')}</h2>
      <ul className="plain-list competition-list">
        {sorted.map((c) => (
          <li key={c.id}>
            <Link to={paths.competition.to(c.slug)}>{c.title}</Link>{' '}
            <span className="muted">
              (
              {t('home.competitionLine', {
                triennium: c.triennium,
                entries: t('home.entries', { count: c.stats.entries }),
                countries: t('home.countries', { count: c.stats.countries }),
              })}
              )
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
