import { OUTCOMES, type Outcome } from '@gpa/shared';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { publicPaths } from '../../../lib/paths';
import { useSetCompetitionStatus } from '../../competitions/api/competitions.api';
import { Alert, ConfirmButton, problemOf } from '../../competitions/form-kit';
import { competitionPaths } from '../../competitions/paths';
import { useCompetitionPreview } from '../api/preview.api';

/** The answer of the explorer's competition query, as the preview returns it. */
interface PublicPage {
  title: string;
  triennium: string;
  forumName: string | null;
  introduction: string;
  juryIntroduction: string;
  jury: { name: string | null; description: string; isChair: boolean }[];
  resultsSentence: string;
  priorityAreas: { id: string; name: string }[];
  entries: {
    totalCount: number;
    nodes: {
      id: string;
      title: string;
      outcome: Outcome | null;
      summary: string | null;
      juryComment: string | null;
      institution: { name: string };
      country: { name: string };
      priorityAreas: { name: string }[];
    }[];
  };
}

const GROUP_HEADINGS: Record<Outcome, string> = {
  AWARD: 'Award',
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION:
    'Certificates of Merit with Special Mention from the Jury',
  CERTIFICATE_OF_MERIT: 'Certificates of Merit',
  ATTESTATION: 'Attestations',
};

export function PreviewPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useCompetitionPreview(id);
  const [setStatus] = useSetCompetitionStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const [published, setPublished] = useState(false);
  const c = data?.managedCompetition;
  const page = (data?.competitionPreview ?? null) as PublicPage | null;

  if (loading && !data) return <Loading label="Preparing the preview…" />;
  if (error && !data)
    return <QueryError what="the preview" error={error} onRetry={() => void refetch()} />;
  if (!c) return null;

  async function publish() {
    if (!c) return;
    setProblem(null);
    try {
      await setStatus({ variables: { id: c.id, status: 'PUBLISHED', expectedVersion: c.version } });
      setPublished(true);
      void refetch();
    } catch (e) {
      setProblem(problemOf(e).message);
      void refetch();
    }
  }

  return (
    <div className="page">
      <PageTitle title={`Preview · ${c.title}`} />
      <p>
        <Link to={competitionPaths.detail(c.id)}>← {c.title}</Link>
      </p>
      <h1>Preview of the public page of {c.title}</h1>
      <div className="note" role="note">
        <p>
          {c.status === 'PUBLISHED'
            ? 'These results are public. The page below is what visitors see.'
            : 'Only you can see this. Below is exactly what the public will see once the results are published.'}
        </p>
      </div>
      {problem && (
        <Alert>
          <p>{problem}</p>
        </Alert>
      )}
      {published && (
        <Alert kind="success">
          <p>
            The results are published.{' '}
            <a href={publicPaths.competition(c.slug)}>Open the public page</a>
          </p>
        </Alert>
      )}
      {c.status === 'DECIDED' && (
        <div className="actions section">
          <ConfirmButton
            label="Publish the results"
            question={`Publish the results of ${c.title}? The competition and its ${c.entryCount} entries become public at once.`}
            confirmLabel="Yes: publish now"
            onConfirm={publish}
          />
        </div>
      )}
      {page ? (
        <article className="preview-frame" aria-label="Public page preview">
          <h2>{page.title}</h2>
          <p>
            {page.forumName ? `${page.forumName} · ` : ''}Triennium {page.triennium}
          </p>
          <p>
            <strong>{page.resultsSentence}</strong>
          </p>
          {page.introduction && <p>{page.introduction}</p>}
          {page.jury.length > 0 && (
            <section>
              <h3>The jury</h3>
              {page.juryIntroduction && <p>{page.juryIntroduction}</p>}
              <ul>
                {page.jury.map((j, i) => (
                  <li key={i}>
                    {j.name ? `${j.name}, ` : ''}
                    {j.description}
                    {j.isChair ? ' (Chair)' : ''}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section>
            <h3>Priority areas</h3>
            <ul>
              {page.priorityAreas.map((a) => (
                <li key={a.id}>{a.name}</li>
              ))}
            </ul>
          </section>
          {OUTCOMES.map((outcome) => {
            const entries = page.entries.nodes.filter((e) => e.outcome === outcome);
            if (!entries.length) return null;
            return (
              <section key={outcome}>
                <h3>
                  {GROUP_HEADINGS[outcome]} ({entries.length})
                </h3>
                <ol className="entries">
                  {entries.map((e) => (
                    <li key={e.id}>
                      <h4>{e.title}</h4>
                      <p>
                        {e.institution.name}, {e.country.name}
                        {e.priorityAreas.length > 0 &&
                          ` · ${e.priorityAreas.map((a) => a.name).join('; ')}`}
                      </p>
                      {e.juryComment && (
                        <p>
                          <em>{e.juryComment}</em>
                        </p>
                      )}
                    </li>
                  ))}
                </ol>
              </section>
            );
          })}
        </article>
      ) : (
        <p className="empty">There is nothing to preview.</p>
      )}
    </div>
  );
}
