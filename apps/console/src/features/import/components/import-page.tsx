import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { entryFiles, entryPaths } from '../../entries/paths';
import { submissionFormOptionsQuery } from '../../submission-form/api/submission.graphql';
import {
  fetchImportColumns,
  uploadImport,
  type ImportColumnDoc,
  type ImportReport,
} from '../api/import.api';
import '../../entries/entries.css';

/**
 * /competitions/:competitionId/import: upload a CSV, XLSX or seed file, see the dry run's result
 * for every row, then import all the rows at once (or none).
 */
export function ImportPage() {
  const { competitionId = '' } = useParams();
  const options = useQuery(submissionFormOptionsQuery, { variables: { competitionId } });
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState<'check' | 'import' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [columns, setColumns] = useState<ImportColumnDoc[] | null>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const fileId = useId();

  useEffect(() => {
    fetchImportColumns()
      .then(setColumns)
      .catch(() => setColumns([]));
  }, []);

  useEffect(() => {
    if (report) resultRef.current?.focus();
  }, [report]);

  if (options.error) return <QueryError what="this competition" error={options.error} />;
  const o = options.data?.submissionFormOptions;
  if (!o) return <Loading />;

  async function send(dryRun: boolean) {
    if (!file) {
      setError('Choose a file first.');
      return;
    }
    setBusy(dryRun ? 'check' : 'import');
    setError(null);
    try {
      setReport(await uploadImport(competitionId, file, dryRun));
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(null);
    }
  }

  function onCheck(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(true);
  }

  const ready = report?.dryRun && report.errorCount === 0 && report.fileErrors.length === 0;

  return (
    <div className="page import-page">
      <PageTitle title={`Import entries – ${o.competitionTitle}`} />
      <p>
        <Link to={entryPaths.list.to(competitionId)}>← Entries of {o.competitionTitle}</Link>
      </p>
      <h1>Import entries into {o.competitionTitle}</h1>
      <p>
        Upload a CSV or XLSX file with one entry per row, or a seed file (JSON). First the file is
        checked and every row’s result is shown; nothing is written until you confirm, and then
        every row is imported or, if one fails, none.
      </p>

      <form className="form" onSubmit={onCheck} noValidate>
        <div className="field">
          <label htmlFor={fileId}>File to import</label>
          <p className="hint" id={`${fileId}-hint`}>
            .csv, .xlsx or .json; at most 10 MB and 2,000 entries.
          </p>
          <input
            id={fileId}
            type="file"
            accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${fileId}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setReport(null);
              setError(null);
            }}
          />
        </div>
        <div className="actions">
          <button type="submit" className="button button--primary" disabled={busy !== null}>
            {busy === 'check' ? 'Checking…' : 'Check the file'}
          </button>
        </div>
      </form>
      {error && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}

      {report && (
        <section aria-labelledby="import-result" className="import-result">
          <h2 id="import-result" tabIndex={-1} ref={resultRef}>
            {report.committed
              ? `Imported ${report.created} ${report.created === 1 ? 'entry' : 'entries'}`
              : report.dryRun
                ? ready
                  ? `Ready to import: all ${report.totalRows} rows are valid`
                  : `Check result: ${report.totalRows - report.validRows} of ${report.totalRows} rows have problems`
                : 'Nothing was imported'}
          </h2>
          {report.committed && (
            <p className="success" role="status">
              All {report.created} entries were imported.{' '}
              <Link to={entryPaths.list.to(competitionId)}>See the entries</Link>
            </p>
          )}
          {!report.committed && !report.dryRun && (
            <p className="alert" role="alert">
              The file has problems, so no entry was imported. Fix them and check the file again.
            </p>
          )}
          {report.fileErrors.length > 0 && (
            <ul className="alert" aria-label="Problems with the whole file">
              {report.fileErrors.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          )}
          {(report.newCountries.length > 0 || report.newInstitutions.length > 0) && (
            <p>
              {report.committed ? 'Created' : 'The import will create'}:{' '}
              {[...report.newCountries.map((c) => `country ${c}`), ...report.newInstitutions].join(
                '; ',
              )}
              .
            </p>
          )}
          {report.rows.length > 0 && (
            <div className="table-frame" role="region" aria-label="Result of each row" tabIndex={0}>
              <table>
                <caption>Result of each row</caption>
                <thead>
                  <tr>
                    <th scope="col" className="number">
                      Row
                    </th>
                    <th scope="col">Title</th>
                    <th scope="col">Institution</th>
                    <th scope="col">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {report.rows.map((r) => (
                    <tr key={r.row} className={r.ok ? undefined : 'row--error'}>
                      <th scope="row" className="number">
                        {r.row}
                      </th>
                      <td>{r.title || '—'}</td>
                      <td>
                        {r.institution || '—'}
                        {r.countryCode ? ` (${r.countryCode})` : ''}
                        {r.newInstitution ? ' — new' : ''}
                      </td>
                      <td>
                        {r.ok ? (
                          report.committed ? (
                            'Imported'
                          ) : (
                            'OK'
                          )
                        ) : (
                          <ul className="cell-errors">
                            {r.errors.map((e, i) => (
                              <li key={i}>
                                <strong>{e.column}</strong>: {e.message}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {ready && (
            <div className="actions">
              <button
                type="button"
                className="button button--primary"
                disabled={busy !== null}
                onClick={() => void send(false)}
              >
                {busy === 'import' ? 'Importing…' : `Import ${report.totalRows} entries`}
              </button>
            </div>
          )}
        </section>
      )}

      <section aria-labelledby="import-columns" className="import-columns">
        <h2 id="import-columns">The columns of the file</h2>
        <p>
          Download the template as <a href={entryFiles.template('csv')}>CSV</a> or{' '}
          <a href={entryFiles.template('xlsx')}>XLSX</a>: the first row names the columns, the
          second is an example. Headers are matched whatever their case or spacing.
        </p>
        {columns && columns.length > 0 && (
          <div className="table-frame" role="region" aria-label="Columns" tabIndex={0}>
            <table>
              <caption>Columns</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">Required</th>
                  <th scope="col">What it holds</th>
                </tr>
              </thead>
              <tbody>
                {columns.map((c) => (
                  <tr key={c.name}>
                    <th scope="row">
                      <code>{c.name}</code>
                    </th>
                    <td>{c.required ? 'Yes' : 'No'}</td>
                    <td>{c.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
