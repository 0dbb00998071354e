import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { publicPaths } from '../../../lib/paths';
import { useSetCompetitionStatus } from '../../competitions/api/competitions.api';
import { Alert, ConfirmButton, problemOf } from '../../competitions/form-kit';
import { competitionPaths, STATUS_LABELS } from '../../competitions/paths';
import { useCompetitionPublication } from '../api/preview.api';

/**
 * The explorer's own competition page in preview mode: the public page itself, as it will be
 * once this competition is published, shown only to the secretariat (the API checks).
 */
const previewAddress = (slug: string, competitionId: string) =>
  `${publicPaths.competition(slug)}?preview=${encodeURIComponent(competitionId)}`;

/**
 * Preview and publish: opens the explorer's preview of the public page (there is no second copy
 * of that page here) and publishes, after a confirmation, once the jury has decided.
 */
export function PreviewPage() {
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useCompetitionPublication(id);
  const [setStatus] = useSetCompetitionStatus();
  const [problem, setProblem] = useState<string | null>(null);
  const [published, setPublished] = useState(false);
  const c = data?.managedCompetition;

  if (loading && !data) return <Loading label="Loading the competition…" />;
  if (error && !data)
    return <QueryError what="the competition" error={error} onRetry={() => void refetch()} />;
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

  const isPublic = c.status === 'PUBLISHED';
  return (
    <div className="page">
      <PageTitle title={`Preview · ${c.title}`} />
      <p>
        <Link to={competitionPaths.detail(c.id)}>← {c.title}</Link>
      </p>
      <h1>{isPublic ? `Public page of ${c.title}` : `Preview and publish ${c.title}`}</h1>
      <div className="note" role="note">
        <p>
          {isPublic
            ? 'These results are public: the public page shows them to every visitor.'
            : 'The preview is the public competition page of the explorer, exactly as visitors will see it once the results are published. Only secretariat staff can open it; it carries a “Preview — not published” banner.'}
        </p>
      </div>
      <dl className="facts section">
        <dt>Status</dt>
        <dd>{STATUS_LABELS[c.status] ?? c.status}</dd>
        <dt>Entries</dt>
        <dd>
          {c.entryCount} submitted, {c.decidedCount} with a decision
        </dd>
      </dl>
      <p className="actions section">
        {isPublic ? (
          <a className="button" href={publicPaths.competition(c.slug)}>
            Open the public page
          </a>
        ) : (
          <a
            className="button"
            href={previewAddress(c.slug, c.id)}
            target="_blank"
            rel="noopener noreferrer"
          >
            Open the preview of the public page (new tab)
          </a>
        )}
      </p>
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
      {c.status === 'DECIDED' ? (
        <div className="actions section">
          <ConfirmButton
            label="Publish the results"
            question={`Publish the results of ${c.title}? The competition and its ${c.entryCount} entries become public at once.`}
            confirmLabel="Yes: publish now"
            onConfirm={publish}
          />
        </div>
      ) : (
        !isPublic && (
          <p className="muted section">
            The results can be published once the competition is decided.
          </p>
        )
      )}
    </div>
  );
}
