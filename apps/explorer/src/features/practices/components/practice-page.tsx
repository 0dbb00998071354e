import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { OutcomeBadge } from '../../../components/outcome-badge';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { RichText } from '../../../components/rich-text';
import { juryTextLabel, priorityAreasLabel } from '../../../lib/labels';
import { paths, serverPaths } from '../../../lib/paths';
import { usePractice } from '../api/practice.query';

export function PracticePage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch } = usePractice(slug);

  if (loading) return <Loading label="Loading the practice…" />;
  if (error)
    return <QueryError what="this practice" error={error} onRetry={() => void refetch()} />;
  const practice = data?.practice;
  if (!practice) return <NotFound what="practice" />;

  return (
    <article className="page practice" aria-labelledby="practice-title">
      <PageTitle title={practice.title} />
      <header className="practice__header">
        {practice.competition && (
          <p className="eyebrow">
            <Link to={paths.competition.to(practice.competition.slug)}>
              Good Practice Awards – {practice.competition.title}
            </Link>
          </p>
        )}
        <h1 id="practice-title">{practice.title}</h1>
        <p className="practice__origin">
          <Link to={paths.institution.to(practice.institution.slug)}>
            {practice.institution.name}
          </Link>
          {practice.institution.acronym && ` (${practice.institution.acronym})`},{' '}
          <Link to={paths.country.to(practice.country.code)}>{practice.country.name}</Link>
        </p>
        <dl className="facts">
          {practice.outcome && (
            <div>
              <dt>Outcome</dt>
              <dd>
                <OutcomeBadge outcome={practice.outcome} full />
              </dd>
            </div>
          )}
          {practice.inOperationSince && (
            <div>
              <dt>In operation since</dt>
              <dd>{practice.inOperationSince}</dd>
            </div>
          )}
          {practice.priorityAreas.length > 0 && (
            <div>
              <dt>{priorityAreasLabel(practice.priorityAreas.length)}</dt>
              <dd>
                <ul className="tags">
                  {practice.priorityAreas.map((area) => (
                    <li key={area.id}>
                      <Link to={paths.priorityArea.to(area.slug)}>{area.name}</Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
          {practice.competition && (
            <div>
              <dt>Competition</dt>
              <dd>
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
          <h2 id="summary-title">Summary</h2>
          <RichText text={practice.summary} className="summary" />
        </section>
      )}

      {practice.sections.map((section) => (
        <section key={section.key} aria-labelledby={`section-${section.key}`}>
          <h2 id={`section-${section.key}`}>{section.heading}</h2>
          <RichText text={section.body} />
        </section>
      ))}

      <aside className="documents" aria-labelledby="documents-title">
        <h2 id="documents-title">Practice sheet</h2>
        <p>The full practice as a printable sheet:</p>
        <ul className="plain-list">
          <li>
            <a href={serverPaths.practiceSheet(practice.slug, 'html')}>Practice sheet (web page)</a>
          </li>
          <li>
            <a href={serverPaths.practiceSheet(practice.slug, 'pdf')}>Practice sheet (PDF)</a>
          </li>
        </ul>
      </aside>
    </article>
  );
}
