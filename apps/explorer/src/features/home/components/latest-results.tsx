import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { OutcomeBadge } from '../../../components/outcome-badge';
import { Loading, QueryError } from '../../../components/query-status';
import { RichText } from '../../../components/rich-text';
import { type Region } from '../../../generated/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { useLatestResults } from '../api/latest-results.query';

interface EntryLine {
  institution: { slug: string; name: string };
  country: { code: string; name: string };
}

/** "Republic of Korea: National Pension Service", as the booklet introduces an entry. */
function Origin({ entry }: { entry: EntryLine }) {
  return (
    <p className="origin" lang={CONTENT_LANGUAGE}>
      {entry.country.name}: {entry.institution.name}
    </p>
  );
}

export function LatestResults({
  competition,
}: {
  competition: { slug: string; title: string; region: Region; year: number };
}) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useLatestResults(competition);
  const results = data?.competition;
  const award = results?.award.nodes[0];

  return (
    <section aria-labelledby="latest-title" className="latest">
      <h2 id="latest-title">
        {t('home.latestTitle')}{' '}
        <Link to={paths.competition.to(competition.slug)} lang={CONTENT_LANGUAGE}>
          {competition.title}
        </Link>
      </h2>
      {loading && <Loading />}
      {error && (
        <QueryError what={t('home.theseResults')} error={error} onRetry={() => void refetch()} />
      )}
      {results && (
        <>
          <p lang={CONTENT_LANGUAGE}>{results.resultsSentence}</p>
          <div className="latest__grid">
            {award && (
              <article className="winner" aria-labelledby="winner-title">
                <OutcomeBadge outcome="AWARD" />
                <h3 id="winner-title" lang={CONTENT_LANGUAGE}>
                  <Link to={paths.practice.to(award.slug)}>{award.title}</Link>
                </h3>
                <Origin entry={award} />
                {award.juryComment && (
                  <div className="jury-text">
                    <h4>{t('labels.juryComment')}</h4>
                    <RichText text={award.juryComment} />
                  </div>
                )}
              </article>
            )}
            {results.specialMentions.nodes.length > 0 && (
              <div className="mentions">
                <h3>{t('home.mentionsTitle')}</h3>
                <ul className="plain-list">
                  {results.specialMentions.nodes.map((entry) => (
                    <li key={entry.id} lang={CONTENT_LANGUAGE}>
                      <Link to={paths.practice.to(entry.slug)}>{entry.title}</Link>
                      <Origin entry={entry} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <p>
            <Link to={paths.competition.to(competition.slug)}>
              {t('home.allResults', { title: competition.title })}
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
