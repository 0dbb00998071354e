import { useTranslation } from '../../../i18n/use-translation';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { OutcomeBadge } from '../../../components/outcome-badge';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { RichText } from '../../../components/rich-text';
import { excerpt } from '../../../lib/format';
import { juryTextLabel, priorityAreasLabel } from '../../../lib/labels';
import { paths, serverPaths } from '../../../lib/paths';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { usePractice } from '../api/practice.query';
import { CitePractice } from './cite-practice';
import { PracticeFigures } from './practice-figures';
import { RelatedPractices } from './related-practices';

export function PracticePage() {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = usePractice(slug);

  if (loading) return <Loading label={t('practice.loading')} />;
  if (error)
    return (
      <QueryError what={t('practice.thisPractice')} error={error} onRetry={() => void refetch()} />
    );
  const practice = data?.practice;
  if (!practice) return <NotFound what="practice" />;
  // The before/after chart goes under "Evaluating the results", whose text lists the figures.
  const chartAfter =
    practice.sections.find((s) => s.key === 'evaluation')?.key ?? practice.sections.at(-1)?.key;

  return (
    <article className="page practice" aria-labelledby="practice-title">
      <PageTitle
        title={practice.title}
        description={
          excerpt(practice.summary, 160) || `${practice.title} – ${practice.institution.name}`
        }
      />
      <header className="practice__header">
        {practice.competition && (
          <p className="eyebrow">
            <Link to={paths.competition.to(practice.competition.slug)}>
              {t('practice.eyebrow', { title: practice.competition.title })}
            </Link>
          </p>
        )}
        <h1 id="practice-title" lang={CONTENT_LANGUAGE}>
          {practice.title}
        </h1>
        <p className="practice__origin" lang={CONTENT_LANGUAGE}>
          <Link to={paths.institution.to(practice.institution.slug)}>
            {practice.institution.name}
          </Link>
          {practice.institution.acronym && ` (${practice.institution.acronym})`},{' '}
          <Link to={paths.country.to(practice.country.code)}>{practice.country.name}</Link>
        </p>
        <dl className="facts">
          {practice.outcome && (
            <div>
              <dt>{t('practice.outcome')}</dt>
              <dd>
                <OutcomeBadge outcome={practice.outcome} full />
              </dd>
            </div>
          )}
          {practice.inOperationSince && (
            <div>
              <dt>{t('practice.inOperationSince')}</dt>
              <dd>{practice.inOperationSince}</dd>
            </div>
          )}
          {practice.priorityAreas.length > 0 && (
            <div>
              <dt>{priorityAreasLabel(practice.priorityAreas.length)}</dt>
              <dd>
                <ul className="tags">
                  {practice.priorityAreas.map((area) => (
                    <li key={area.id} lang={CONTENT_LANGUAGE}>
                      <Link to={paths.priorityArea.to(area.slug)}>{area.name}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {practice.competition && (
            <div>
              <dt>{t('practice.competition')}</dt>
              <dd lang={CONTENT_LANGUAGE}>
                <Link to={paths.competition.to(practice.competition.slug)}>
                  {practice.competition.title}
                </Link>
              </dd>
            </div>
          )}
        </dl>
      </header>

      {practice.juryComment && (
        <section className="jury-text" aria-labelledby="jury-title">
          <h2 id="jury-title">{juryTextLabel(practice.outcome)}</h2>
          <RichText text={practice.juryComment} />
        </section>
      )}

      {practice.summary && (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('labels.summary')}</h2>
          <RichText text={practice.summary} className="summary" />
        </section>
      )}

      {practice.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`} lang={CONTENT_LANGUAGE}>
            {section.heading}
          </h2>
          <RichText text={section.body} />
          {section.key === chartAfter && <PracticeFigures figures={practice.figures} />}
        </section>
      ))}
      {!chartAfter && <PracticeFigures figures={practice.figures} />}

      <aside className="documents no-print" aria-labelledby="documents-title">
        <h2 id="documents-title">{t('practice.sheetTitle')}</h2>
        <p>{t('practice.sheetText')}</p>
        <ul className="plain-list">
          <li>
            <a href={serverPaths.practiceSheet(practice.slug, 'html')}>{t('practice.sheetHtml')}</a>
          </li>
          <li>
            <a href={serverPaths.practiceSheet(practice.slug, 'pdf')}>{t('practice.sheetPdf')}</a>
          </li>
        </ul>
      </aside>

      <CitePractice practice={practice} />

      <RelatedPractices
        slug={practice.slug}
        areas={practice.priorityAreas.map((a) => a.slug)}
        institution={practice.institution.slug}
      />
    </article>
  );
}
