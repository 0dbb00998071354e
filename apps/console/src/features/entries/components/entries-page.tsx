import { useMutation, useQuery } from '@apollo/client/react';
import { OUTCOME_LABELS, OUTCOMES, type EntryStatus, type Outcome } from '@gpa/shared';
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { type SubmissionSort } from '../../../generated/graphql';
import {
  setSubmissionsWithdrawnMutation,
  submissionFormOptionsQuery,
} from '../../submission-form/api/submission.graphql';
import { readError } from '../../submission-form/use-entry-saver';
import { submissionsPageQuery } from '../api/entries.query';
import { entryFiles, entryPaths } from '../paths';
import '../entries.css';

export const PAGE_SIZE = 25;

const STATUS_LABELS: Record<EntryStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  WITHDRAWN: 'Withdrawn',
};

const SORTS: { value: SubmissionSort; label: string }[] = [
  { value: 'TITLE', label: 'Title' },
  { value: 'INSTITUTION', label: 'Institution' },
  { value: 'COUNTRY', label: 'Country' },
  { value: 'STATUS', label: 'Status' },
  { value: 'OUTCOME', label: 'Outcome' },
  { value: 'UPDATED', label: 'Last saved' },
];

/** The table's state lives in the address, so a view can be shared, reloaded and exported. */
function useTableState() {
  const [params, setParams] = useSearchParams();
  const get = (k: string) => params.get(k) ?? '';
  const state = {
    search: get('q'),
    status: get('status'),
    country: get('country'),
    institution: get('institution'),
    area: get('area'),
    outcome: get('outcome'),
    sort: (SORTS.some((s) => s.value === get('sort')) ? get('sort') : 'TITLE') as SubmissionSort,
    descending: get('desc') === '1',
    page: Math.max(1, Number(get('page')) || 1),
  };
  const set = (patch: Partial<Record<string, string>>, resetPage = true) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (resetPage && !('page' in patch)) next.delete('page');
    setParams(next);
  };
  return { state, set };
}

export function EntriesPage() {
  const { competitionId = '' } = useParams();
  const { state, set } = useTableState();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const options = useQuery(submissionFormOptionsQuery, { variables: { competitionId } });
  const filter = {
    search: state.search || null,
    statuses: state.status ? [state.status as EntryStatus] : null,
    countryCodes: state.country ? [state.country] : null,
    institutionIds: state.institution ? [state.institution] : null,
    priorityAreaIds: state.area ? [state.area] : null,
    outcomes: state.outcome && state.outcome !== 'NONE' ? [state.outcome as Outcome] : null,
    undecided: state.outcome === 'NONE' ? true : null,
  };
  const page = useQuery(submissionsPageQuery, {
    variables: {
      competitionId,
      filter,
      sort: state.sort,
      descending: state.descending,
      first: PAGE_SIZE,
      offset: (state.page - 1) * PAGE_SIZE,
    },
    fetchPolicy: 'cache-and-network',
  });
  const [setWithdrawn, { loading: bulkLoading }] = useMutation(setSubmissionsWithdrawnMutation);

  if (options.error) return <QueryError what="this competition" error={options.error} />;
  const o = options.data?.submissionFormOptions;
  if (!o) return <Loading label="Loading the entries…" />;
  const result = page.data?.submissions;
  const rows = result?.nodes ?? [];
  const total = result?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const exportQuery = new URLSearchParams();
  if (state.search) exportQuery.set('search', state.search);
  if (state.status) exportQuery.set('status', state.status);
  if (state.country) exportQuery.set('country', state.country);
  if (state.institution) exportQuery.set('institution', state.institution);
  if (state.area) exportQuery.set('area', state.area);
  if (state.outcome === 'NONE') exportQuery.set('undecided', '1');
  else if (state.outcome) exportQuery.set('outcome', state.outcome);
  exportQuery.set('sort', state.sort);
  if (state.descending) exportQuery.set('desc', '1');

  const allOnPage = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  async function bulk(withdrawn: boolean) {
    setMessage(null);
    try {
      const res = await setWithdrawn({ variables: { ids: [...selected], withdrawn } });
      const n = res.data?.setSubmissionsWithdrawn.length ?? 0;
      setMessage({
        text: `${n} ${n === 1 ? 'entry' : 'entries'} ${withdrawn ? 'withdrawn' : 'restored'}.`,
        error: false,
      });
      setSelected(new Set());
      await page.refetch();
    } catch (error) {
      setMessage({ text: readError(error).message, error: true });
    }
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    set({ q: String(data.get('q') ?? '').trim() });
  }

  const select = (
    id: string,
    label: string,
    value: string,
    key: string,
    choices: { value: string; label: string }[],
  ) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">All</option>
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="page entries-page">
      <PageTitle title={`Entries – ${o.competitionTitle}`} />
      <h1>Entries of {o.competitionTitle}</h1>
      <div className="actions">
        {o.competitionStatus === 'OPEN' && (
          <Link className="button button--primary" to={entryPaths.newEntry.to(competitionId)}>
            New entry
          </Link>
        )}
        <Link className="button" to={entryPaths.import.to(competitionId)}>
          Import entries
        </Link>
      </div>

      <section className="entries-filters" aria-label="Filter the entries">
        <form role="search" onSubmit={onSearch} className="entries-filters__search">
          <div className="field">
            <label htmlFor="entries-q">Search</label>
            <input
              id="entries-q"
              name="q"
              type="search"
              defaultValue={state.search}
              key={state.search}
            />
          </div>
          <button type="submit" className="button">
            Search
          </button>
        </form>
        <div className="entries-filters__selects">
          {select(
            'entries-status',
            'Status',
            state.status,
            'status',
            (Object.keys(STATUS_LABELS) as EntryStatus[]).map((s) => ({
              value: s,
              label: STATUS_LABELS[s],
            })),
          )}
          {select(
            'entries-country',
            'Country',
            state.country,
            'country',
            o.countries.map((c) => ({ value: c.id, label: c.label })),
          )}
          {select(
            'entries-institution',
            'Institution',
            state.institution,
            'institution',
            o.institutions.map((i) => ({
              value: i.id,
              label: `${i.label} (${i.countryCode ?? ''})`,
            })),
          )}
          {select(
            'entries-area',
            'Priority area',
            state.area,
            'area',
            o.priorityAreas.map((a) => ({ value: a.id, label: a.label })),
          )}
          {select('entries-outcome', 'Outcome', state.outcome, 'outcome', [
            ...OUTCOMES.map((v) => ({ value: v, label: OUTCOME_LABELS[v] })),
            { value: 'NONE', label: 'No decision yet' },
          ])}
          <div className="field">
            <label htmlFor="entries-sort">Sort by</label>
            <select
              id="entries-sort"
              value={state.sort}
              onChange={(e) => set({ sort: e.target.value }, false)}
            >
              {SORTS.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
          </div>
          <label className="checkbox">
            <input
              type="checkbox"
              checked={state.descending}
              onChange={(e) => set({ desc: e.target.checked ? '1' : '' }, false)}
            />
            Descending
          </label>
        </div>
      </section>

      <div className="entries-toolbar">
        <p role="status" aria-live="polite">
          {page.loading && !result
            ? 'Loading…'
            : `${total.toLocaleString('en')} ${total === 1 ? 'entry' : 'entries'}${total ? `, page ${state.page} of ${pages}` : ''}`}
        </p>
        <div className="actions">
          <button
            type="button"
            className="button"
            disabled={!selected.size || bulkLoading}
            onClick={() => void bulk(true)}
          >
            Withdraw selected ({selected.size})
          </button>
          <button
            type="button"
            className="button"
            disabled={!selected.size || bulkLoading}
            onClick={() => void bulk(false)}
          >
            Restore selected ({selected.size})
          </button>
          <a
            className="button"
            href={entryFiles.export(competitionId, 'csv', exportQuery)}
            download
          >
            Export CSV
          </a>
          <a
            className="button"
            href={entryFiles.export(competitionId, 'xlsx', exportQuery)}
            download
          >
            Export XLSX
          </a>
        </div>
      </div>
      {message && (
        <p
          className={message.error ? 'alert' : 'success'}
          role={message.error ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
      {page.error && (
        <QueryError what="the entries" error={page.error} onRetry={() => void page.refetch()} />
      )}

      <div className="table-frame" role="region" aria-label="Entries" tabIndex={0}>
        <table>
          <caption>Entries of {o.competitionTitle}</caption>
          <thead>
            <tr>
              <th scope="col">
                <input
                  type="checkbox"
                  aria-label="Select every entry on this page"
                  checked={allOnPage}
                  onChange={() =>
                    setSelected((s) => {
                      const next = new Set(s);
                      for (const r of rows) {
                        if (allOnPage) next.delete(r.id);
                        else next.add(r.id);
                      }
                      return next;
                    })
                  }
                />
              </th>
              <th scope="col">Title</th>
              <th scope="col">Institution</th>
              <th scope="col">Country</th>
              <th scope="col">Priority areas</th>
              <th scope="col">Status</th>
              <th scope="col">Outcome</th>
              <th scope="col" className="number">
                Words
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select “${r.title}”`}
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                  />
                </td>
                <th scope="row">
                  <Link to={entryPaths.entry.to(competitionId, r.id)}>{r.title}</Link>
                </th>
                <td>{r.institutionName}</td>
                <td>{r.countryName}</td>
                <td>{r.priorityAreas.join('; ')}</td>
                <td>
                  <span className={`status-badge status-badge--${r.status.toLowerCase()}`}>
                    {STATUS_LABELS[r.status]}
                  </span>
                </td>
                <td>{r.outcome ? OUTCOME_LABELS[r.outcome] : '—'}</td>
                <td className="number">{r.words.toLocaleString('en')}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {result && rows.length === 0 && <p className="empty">No entries match these filters.</p>}
      </div>

      <nav className="pager" aria-label="Pages">
        <button
          type="button"
          className="button"
          disabled={state.page <= 1}
          onClick={() => set({ page: String(state.page - 1) }, false)}
        >
          Previous page
        </button>
        <button
          type="button"
          className="button"
          disabled={state.page >= pages}
          onClick={() => set({ page: String(state.page + 1) }, false)}
        >
          Next page
        </button>
      </nav>
    </div>
  );
}
