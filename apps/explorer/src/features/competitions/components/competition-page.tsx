import { type Outcome } from '@gpa/shared';
import { type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { RichText } from '../../../components/rich-text';
import { type CompetitionResultsQuery } from '../../../generated/graphql';
import { formatCount } from '../../../lib/format';
import { juryTextLabel, regionLabel } from '../../../lib/labels';
import { paths, serverPaths } from '../../../lib/paths';
import { useCompetitionResults } from '../api/competition-results.query';
import { CompetitionEntry } from './competition-entry';

type Results = NonNullable<CompetitionResultsQuery['competitionBySlug']>;

export function CompetitionPage() {
  const { slug = '' } = useParams();
  const { data, loading, error, refetch, complete, moreError } = useCompetitionResults(slug);

  if (loading) return <Loading label="Loading the results…" />;
  if (error)
    return <QueryError what="these results" error={error} onRetry={() => void refetch()} />;
  const competition = data?.competitionBySlug;
  if (!competition) return <NotFound what="competition" />;
  return (
    <CompetitionResults
      competition={competition}
      status={
        moreError ? (
          <QueryError what="all the entries" error={moreError} />
        ) : complete ? null : (
          <Loading label="Loading the remaining entries…" />
        )
      }
    />
  );
}

type Entry = Results['entries']['nodes'][number];

/** The booklet's groups, in its order, with the count the results sentence gives each. */
function groups(competition: Results) {
  const { stats } = competition;
  const of = (outcome: Outcome) => competition.entries.nodes.filter((e) => e.outcome === outcome);
  return [
    {
      id: 'award-title',
      outcome: 'AWARD' as const,
      title: stats.awards === 1 ? 'Winning entry' : 'Winning entries',
      total: stats.awards,
      entries: of('AWARD'),
      withText: true,
    },
    {
      id: 'mentions-title',
      outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION' as const,
      title: 'Certificates of Merit with Special Mention from the Jury',
      total: stats.specialMentions,
      entries: of('CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION'),
      withText: true,
    },
    {
      id: 'merit-title',
      outcome: 'CERTIFICATE_OF_MERIT' as const,
      title: 'Certificates of Merit',
      // The stats count special mentions among the Certificates of Merit; the booklet lists
      // the others in their own group.
      total: stats.certificatesOfMerit - stats.specialMentions,
      entries: of('CERTIFICATE_OF_MERIT'),
      withText: false,
    },
    {
      id: 'attestations-title',
      outcome: 'ATTESTATION' as const,
      title: 'Attestations',
      total: stats.attestations,
      entries: of('ATTESTATION'),
      withText: false,
    },
  ];
}

function Group({
  id,
  title,
  total,
  entries,
  withText,
  outcome,
}: {
  id: string;
  title: string;
  total: number;
  entries: Entry[];
  withText: boolean;
  outcome: Outcome;
}) {
  if (total === 0 && entries.length === 0) return null;
  return (
    <section className="results-group" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span className="count">({formatCount(Math.max(total, entries.length))})</span>
      </h2>
      <ol className="entries">
        {entries.map((entry) => (
          <li key={entry.id}>
            <CompetitionEntry
              entry={entry}
              summary={withText ? entry.summary : null}
              juryText={
                withText ? { label: juryTextLabel(outcome), text: entry.juryComment } : undefined
              }
            />
          </li>
        ))}
      </ol>
    </section>
  );
}

function CompetitionResults({ competition, status }: { competition: Results; status: ReactNode }) {
  const { stats } = competition;
  const figures = [
    { label: 'entries', value: stats.entries },
    { label: 'organizations', value: stats.institutions },
    { label: 'countries', value: stats.countries },
    { label: stats.awards === 1 ? 'Award' : 'Awards', value: stats.awards },
    { label: 'Certificates of Merit', value: stats.certificatesOfMerit },
    { label: 'of which with special mention', value: stats.specialMentions },
    { label: 'Attestations', value: stats.attestations },
  ];

  return (
    <div className="page competition">
      <PageTitle title={`Results: ${competition.title}`} />
      <header className="competition__header">
        <p className="eyebrow">
          Good Practice Awards · {regionLabel(competition.region)} · Triennium{' '}
          {competition.triennium}
        </p>
        <h1>{competition.title}</h1>
        {competition.forumName && (
          <p className="muted">Presented at the {competition.forumName}.</p>
        )}
        <p className="documents-inline">
          Results booklet: <a href={serverPaths.booklet(competition.slug, 'html')}>web page</a>
          {' · '}
          <a href={serverPaths.booklet(competition.slug, 'pdf')}>PDF</a>
        </p>
      </header>

      <section aria-labelledby="results-title">
        <h2 id="results-title">Results</h2>
        <p className="results-sentence">{competition.resultsSentence}</p>
        <dl className="stats stats--compact">
          {figures.map((f) => (
            <div key={f.label} className="stats__item">
              <dt>{f.label}</dt>
              <dd>{formatCount(f.value)}</dd>
            </div>
          ))}
        </dl>
      </section>

      {groups(competition).map((group) => (
        <Group key={group.id} {...group} />
      ))}
      {status}

      <section className="about" aria-labelledby="about-title">
        <h2 id="about-title">About the programme</h2>
        <RichText text={competition.introduction} />
        <h3>The Jury</h3>
        <RichText text={competition.juryIntroduction} />
        {competition.jury.length > 0 && (
          <ul>
            {competition.jury.map((member, i) => (
              <li key={i}>
                {member.name ? `${member.name}, ` : ''}
                {member.description}
              </li>
            ))}
          </ul>
        )}
        {competition.priorityAreas.length > 0 && (
          <>
            <h3>Priority areas {competition.triennium}</h3>
            <ul className="tags">
              {competition.priorityAreas.map((area) => (
                <li key={area.id}>
                  <Link to={paths.priorityArea.to(area.slug)}>{area.name}</Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
