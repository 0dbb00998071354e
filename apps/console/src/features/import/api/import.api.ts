import { entryFiles } from '../../entries/paths';

export interface ImportRowReport {
  row: number;
  title: string;
  institution: string;
  countryCode: string;
  ok: boolean;
  newInstitution: boolean;
  newCountry: boolean;
  errors: { column: string; message: string }[];
}

export interface ImportReport {
  format: 'csv' | 'xlsx' | 'seed' | null;
  dryRun: boolean;
  committed: boolean;
  totalRows: number;
  validRows: number;
  errorCount: number;
  fileErrors: string[];
  rows: ImportRowReport[];
  newInstitutions: string[];
  newCountries: string[];
  created: number;
}

export interface ImportColumnDoc {
  name: string;
  required: boolean;
  description: string;
}

export class ImportRequestError extends Error {}

/** Sends the file to the API: a dry run (nothing written) or the import (all rows or none). */
export async function uploadImport(
  competitionId: string,
  file: File,
  dryRun: boolean,
): Promise<ImportReport> {
  let res: Response;
  try {
    res = await fetch(entryFiles.import(competitionId, file.name, dryRun), {
      method: 'POST',
      headers: { 'x-gpa-import': '1', 'content-type': file.type || 'application/octet-stream' },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ImportRequestError('We could not reach the server. Try again in a moment.');
  }
  const body = (await res.json().catch(() => null)) as
    (ImportReport & { errors?: undefined }) | { errors: { message: string }[] } | null;
  if (body && 'rows' in body) return body;
  if (res.status === 413) throw new ImportRequestError('The file is too large (at most 10 MB).');
  throw new ImportRequestError(
    body && 'errors' in body && body.errors?.[0]?.message
      ? body.errors[0].message
      : 'The server could not read the file.',
  );
}

export async function fetchImportColumns(): Promise<ImportColumnDoc[]> {
  const res = await fetch('/console-api/import-columns', { credentials: 'same-origin' });
  if (!res.ok) throw new ImportRequestError('The list of columns could not be loaded.');
  return (await res.json()) as ImportColumnDoc[];
}
