import { type Outcome } from '@gpa/shared';
import { type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { CONTENT_LANGUAGE, i18n } from '../../../i18n/i18n';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { RichText } from '../../../components/rich-text';
import { type CompetitionResultsQuery } from '../../../generated/graphql';
import { formatCount } from '../../../lib/format';
import { juryTextLabel, regionLabel } from '../../../lib/labels';
import { paths, serverPaths } from '../../../lib/paths';
import { errorCode, PREVIEW_PARAM } from '../api/competition-preview.link';
import { useCompetitionResults } from '../api/competition-results.query';
import { CompetitionEntry } from './competition-entry';
import {
  isPreviewRefusal,
  PreviewBanner,
  PreviewProvider,
  PreviewUnavailable,
} from './competition-preview';

type Results = NonNullable<CompetitionResultsQuery['competitionBySlug']>;

/**
 * A competition's results; with `?preview={competition id}`, the same page as the public will
 * see it once that competition is published (the secretariat only), under a banner.
 */
export function CompetitionPage() {
  const { slug = '' } = useParams();
  const [params] = useSearchParams();
  const previewId = params.get(PREVIEW_PARAM);
  if (previewId === null) return <Competition slug={slug} />;
  return (
    <PreviewProvider competitionId={previewId}>
      <Competition slug={slug} previewId={previewId} />
    </PreviewProvider>
  );
}

function Competition({ slug, previewId }: { slug: string; previewId?: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch, complete, moreError } = useCompetitionResults(slug);
  const preview = previewId !== undefined;

  if (loading) return <Loading label={t('competition.loading')} />;
  if (error) {
    const code = preview ? errorCode(error) : null;
    if (isPreviewRefusal(code)) return <PreviewUnavailable code={code} />;
    return (
      <QueryError
        what={t('competition.theseResults')}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const competition = data?.competitionBySlug;
  // A preview shows the competition it names, never another one found at the address's slug.
  if (preview && competition?.id !== previewId) return <PreviewUnavailable code="NOT_FOUND" />;
  if (!competition) return <NotFound what="competition" />;
  return (
    <CompetitionResults
      competition={competition}
      notice={preview ? <PreviewBanner /> : null}
      status={
        moreError ? (
          <QueryError what={t('competition.allEntries')} error={moreError} />
        ) : complete ? null : (
          <Loading label={t('competition.loadingRest')} />
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
      title: i18n.t('competition.winning', { count: stats.awards }),
      total: stats.awards,
      entries: of('AWARD'),
      withText: true,
    },
    {
      id: 'mentions-title',
      outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION' as const,
      title: i18n.t('competition.mentions'),
      total: stats.specialMentions,
      entries: of('CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION'),
      withText: true,
    },
    {
      id: 'merit-title',
      outcome: 'CERTIFICATE_OF_MERIT' as const,
      title: i18n.t('competition.merits'),
      // The stats count special mentions among the Certificates of Merit; the booklet lists
      // the others in their own group.
      total: stats.certificatesOfMerit - stats.specialMentions,
      entries: of('CERTIFICATE_OF_MERIT'),
      withText: false,
    },
    {
      id: 'attestations-title',
      outcome: 'ATTESTATION' as const,
      title: i18n.t('competition.attestations'),
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

function CompetitionResults({
  competition,
  notice,
  status,
}: {
  competition: Results;
  notice: ReactNode;
  status: ReactNode;
}) {
  const { t } = useTranslation();
  const { stats } = competition;
  const figures = [
    { key: 'entries', label: t('competition.figures.entries'), value: stats.entries },
    {
      key: 'organizations',
      label: t('competition.figures.organizations'),
      value: stats.institutions,
    },
    { key: 'countries', label: t('competition.figures.countries'), value: stats.countries },
    {
      key: 'awards',
      label: t('competition.figures.awards', { count: stats.awards }),
      value: stats.awards,
    },
    { key: 'merits', label: t('competition.figures.merits'), value: stats.certificatesOfMerit },
    {
      key: 'mentions',
      label: t('competition.figures.ofWhichMentions'),
      value: stats.specialMentions,
    },
    {
      key: 'attestations',
      label: t('competition.figures.attestations'),
      value: stats.attestations,
    },
  ];

  // The booklet's order: introduction, jury, priority areas, results sentence, then the
  // Award, the special mentions, the Certificates of Merit and the Attestations.
  return (
    <div className="page competition">
      <PageTitle
        title={t('competition.title', { title: competition.title })}
        description={t('competition.description', {
          title: competition.title,
          sentence: competition.resultsSentence,
        })}
      />
      {notice}
      <header className="competition__header">
        <p className="eyebrow">
          {t('competition.eyebrow', {
            region: regionLabel(competition.region),
            triennium: competition.triennium,
          })}
        </p>
        <h1 lang={CONTENT_LANGUAGE}>{competition.title}</h1>
        {competition.forumName && (
          <p className="muted">{t('competition.presentedAt', { forum: competition.forumName })}</p>
        )}
        <p className="documents-inline">
          {t('competition.booklet')}{' '}
          <a href={serverPaths.booklet(competition.slug, 'html')}>{t('competition.bookletHtml')}</a>
          {' · '}
          <a href={serverPaths.booklet(competition.slug, 'pdf')}>{t('competition.bookletPdf')}</a>
        </p>
      </header>

      {competition.introduction && (
        <section className="about" aria-labelledby="intro-title">
          <h2 id="intro-title">{t('competition.introduction')}</h2>
          <RichText text={competition.introduction} />
        </section>
      )}

      {(competition.juryIntroduction || competition.jury.length > 0) && (
        <section className="about" aria-labelledby="jury-title">
          <h2 id="jury-title">{t('competition.jury')}</h2>
          {competition.juryIntroduction && <RichText text={competition.juryIntroduction} />}
          {competition.jury.length > 0 && (
            <ul>
              {competition.jury.map((member, i) => (
                <li key={i} lang={CONTENT_LANGUAGE}>
                  {member.name ? `${member.name}, ` : ''}
                  {member.description}
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {competition.priorityAreas.length > 0 && (
        <section className="about" aria-labelledby="areas-title">
          <h2 id="areas-title">
            {t('competition.priorityAreas', { triennium: competition.triennium })}
          </h2>
          <ul className="tags">
            {competition.priorityAreas.map((area) => (
              <li key={area.id} lang={CONTENT_LANGUAGE}>
                <Link to={paths.priorityArea.to(area.slug)}>{area.name}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="results-title">
        <h2 id="results-title">{t('competition.results')}</h2>
        <p className="results-sentence">{competition.resultsSentence}</p>
        <dl className="stats stats--compact">
          {figures.map((f) => (
            <div key={f.key} className="stats__item">
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
    </div>
  );
}
