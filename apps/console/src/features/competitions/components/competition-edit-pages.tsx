import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import {
  useCreateCompetition,
  useManagedCompetition,
  usePriorityAreas,
  useUpdateCompetition,
} from '../api/competitions.api';
import { competitionPaths } from '../paths';
import {
  CompetitionForm,
  type CompetitionFormValues,
  type CompetitionInputValues,
} from './competition-form';

const thisYear = new Date().getFullYear();

const toInput = (v: CompetitionInputValues) => ({
  ...v,
  forumName: v.forumName || null,
  forumPlace: v.forumPlace || null,
  forumDate: v.forumDate || null,
  submissionDeadline: v.submissionDeadline || null,
  portalNote: v.portalNote || null,
});

export function CompetitionCreatePage() {
  const areas = usePriorityAreas();
  const [create] = useCreateCompetition();
  const navigate = useNavigate();
  const initial: CompetitionFormValues = {
    region: 'ASIA_PACIFIC',
    year: String(thisYear + 1),
    trienniumStartYear: '',
    priorityAreaIds: [],
    forumName: '',
    forumPlace: '',
    forumDate: '',
    submissionDeadline: '',
    introduction: '',
    juryIntroduction: '',
    portalNote: '',
  };
  return (
    <div className="page">
      <PageTitle title="New competition" />
      <p>
        <Link to={competitionPaths.list}>← Competitions</Link>
      </p>
      <h1>New competition</h1>
      <p className="muted">
        To start from an earlier competition’s settings, open it and choose “Start a new competition
        from these settings”.
      </p>
      {areas.loading && !areas.data && <Loading />}
      {areas.error && <QueryError what="the priority areas" error={areas.error} />}
      {areas.data && (
        <CompetitionForm
          initial={initial}
          areas={areas.data.priorityAreas}
          submitLabel="Create the competition"
          onSubmit={async (values) => {
            const res = await create({ variables: { input: toInput(values) } });
            if (res.data) void navigate(competitionPaths.detail(res.data.createCompetition.id));
          }}
        />
      )}
    </div>
  );
}

export function CompetitionEditPage() {
  const { id = '' } = useParams();
  const competition = useManagedCompetition(id);
  const areas = usePriorityAreas();
  const [update] = useUpdateCompetition();
  const navigate = useNavigate();
  const c = competition.data?.managedCompetition;
  return (
    <div className="page">
      <PageTitle title={c ? `Edit ${c.title}` : 'Edit competition'} />
      <p>
        <Link to={competitionPaths.detail(id)}>← {c?.title ?? 'The competition'}</Link>
      </p>
      <h1>{c ? `Edit ${c.title}` : 'Edit competition'}</h1>
      {(competition.loading || areas.loading) && !(c && areas.data) && <Loading />}
      {competition.error && <QueryError what="the competition" error={competition.error} />}
      {areas.error && <QueryError what="the priority areas" error={areas.error} />}
      {c && areas.data && (
        <>
          {c.status === 'PUBLISHED' && (
            <div className="note" role="note">
              <p>
                The results are public: what you save here is public at once, and recorded in the
                audit log as a correction.
              </p>
            </div>
          )}
          <CompetitionForm
            key={c.version}
            initial={{
              region: c.region,
              year: String(c.year),
              trienniumStartYear: String(c.trienniumStartYear),
              priorityAreaIds: c.priorityAreas.map((a) => a.id),
              forumName: c.forumName ?? '',
              forumPlace: c.forumPlace ?? '',
              forumDate: c.forumDate ?? '',
              submissionDeadline: c.submissionDeadline ?? '',
              introduction: c.introduction,
              juryIntroduction: c.juryIntroduction,
              portalNote: c.portalNote ?? '',
            }}
            areas={areas.data.priorityAreas}
            submitLabel="Save the changes"
            onSubmit={async (values) => {
              await update({
                variables: { id: c.id, input: toInput(values), expectedVersion: c.version },
              });
              void navigate(competitionPaths.detail(c.id), { state: { saved: true } });
            }}
          />
        </>
      )}
    </div>
  );
}
