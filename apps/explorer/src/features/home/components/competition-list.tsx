import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { type HomeQuery } from '../../../generated/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
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
            <Link to={paths.competition.to(c.slug)} lang={CONTENT_LANGUAGE}>
              {c.title}
            </Link>{' '}
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
