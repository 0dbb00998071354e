import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { type SubmissionFieldsFragment } from '../../../generated/graphql';
import { entryPaths } from '../../entries/paths';
import {
  createSubmissionMutation,
  saveSubmissionMutation,
  setSubmissionsWithdrawnMutation,
  submissionFormOptionsQuery,
  submissionQuery,
} from '../api/submission.graphql';
import { toSubmissionInput } from '../form-values';
import { type EntrySaver } from '../use-entry-saver';
import { SubmissionForm } from './submission-form';
import '../../entries/entries.css';

/** /competitions/:competitionId/entries/:entryId (or /new): the entry form. Secretariat only. */
export function SubmissionPage() {
  const { competitionId = '', entryId = 'new' } = useParams();
  const navigate = useNavigate();
  // Once this page has created the entry, the address names it but the form stays as it is.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const isNew = entryId === 'new' || entryId === createdId;
  const options = useQuery(submissionFormOptionsQuery, { variables: { competitionId } });
  const entry = useQuery(submissionQuery, {
    variables: { id: entryId },
    skip: isNew,
    fetchPolicy: 'network-only',
  });
  const [create] = useMutation(createSubmissionMutation);
  const [save] = useMutation(saveSubmissionMutation);
  const [withdraw] = useMutation(setSubmissionsWithdrawnMutation);

  const saver: EntrySaver = useMemo(
    () => ({
      create: async (values, submit) => {
        const res = await create({
          variables: { competitionId, input: toSubmissionInput(values), submit },
        });
        return res.data!.createSubmission;
      },
      save: async (id, expectedVersion, values, submit) => {
        const res = await save({
          variables: { id, expectedVersion, input: toSubmissionInput(values), submit },
        });
        return res.data!.saveSubmission;
      },
    }),
    [create, save, competitionId],
  );
  const setWithdrawn = useCallback(
    async (id: string, withdrawn: boolean) => {
      const res = await withdraw({ variables: { ids: [id], withdrawn } });
      return res.data!.setSubmissionsWithdrawn[0]!;
    },
    [withdraw],
  );
  const onSaved = useCallback(
    (saved: SubmissionFieldsFragment) => {
      if (entryId === 'new') {
        setCreatedId(saved.id);
        void navigate(entryPaths.entry.to(competitionId, saved.id), { replace: true });
      }
    },
    [entryId, competitionId, navigate],
  );

  if (options.error) return <QueryError what="the form" error={options.error} />;
  if (entry.error) return <QueryError what="this entry" error={entry.error} />;
  const o = options.data?.submissionFormOptions;
  const initial = isNew ? null : entry.data?.submission;
  if (!o || (!isNew && !initial)) return <Loading label="Loading the entry…" />;
  const heading = initial ? initial.title : 'New entry';

  return (
    <div className="page entry-page">
      <PageTitle title={`${heading} – ${o.competitionTitle}`} />
      <p>
        <Link to={entryPaths.list.to(competitionId)}>← Entries of {o.competitionTitle}</Link>
      </p>
      <h1>{heading}</h1>
      <SubmissionForm
        key={entryId === createdId ? 'new' : entryId}
        competitionOpen={o.competitionStatus === 'OPEN'}
        options={o}
        initial={initial ?? null}
        saver={saver}
        setWithdrawn={setWithdrawn}
        onSaved={onSaved}
      />
    </div>
  );
}
