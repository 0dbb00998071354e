/** The addresses of a competition's entries, the entry form and the import (relative to /console). */
export const entryPaths = {
  list: {
    pattern: '/competitions/:competitionId/entries',
    to: (competitionId: string) => `/competitions/${encodeURIComponent(competitionId)}/entries`,
  },
  entry: {
    pattern: '/competitions/:competitionId/entries/:entryId',
    to: (competitionId: string, entryId: string) =>
      `/competitions/${encodeURIComponent(competitionId)}/entries/${encodeURIComponent(entryId)}`,
  },
  newEntry: {
    to: (competitionId: string) => `/competitions/${encodeURIComponent(competitionId)}/entries/new`,
  },
  import: {
    pattern: '/competitions/:competitionId/import',
    to: (competitionId: string) => `/competitions/${encodeURIComponent(competitionId)}/import`,
  },
} as const;

/** Served by the API outside the router (plain links and fetch). */
export const entryFiles = {
  export: (competitionId: string, format: 'csv' | 'xlsx', query: URLSearchParams) => {
    const q = query.toString();
    return `/console-api/competitions/${encodeURIComponent(competitionId)}/entries.${format}${q ? `?${q}` : ''}`;
  },
  import: (competitionId: string, filename: string, dryRun: boolean) =>
    `/console-api/competitions/${encodeURIComponent(competitionId)}/import?filename=${encodeURIComponent(filename)}${dryRun ? '&dryRun=1' : ''}`,
  template: (format: 'csv' | 'xlsx') => `/console-api/import-template.${format}`,
} as const;
