/** The jury workspace's addresses, relative to the console's basename. */
export const juryPaths = {
  home: { pattern: '/jury', to: () => '/jury' },
  entries: {
    pattern: '/jury/competitions/:competitionId',
    to: (competitionId: string) => `/jury/competitions/${encodeURIComponent(competitionId)}`,
  },
  table: {
    pattern: '/jury/competitions/:competitionId/table',
    to: (competitionId: string) => `/jury/competitions/${encodeURIComponent(competitionId)}/table`,
  },
  entry: {
    pattern: '/jury/entries/:entryId',
    to: (entryId: string) => `/jury/entries/${encodeURIComponent(entryId)}`,
  },
} as const;

/** The chair's and the secretariat's downloads (served by the API, outside the router). */
export const juryExportPath = (
  competitionId: string,
  kind: 'scores' | 'aggregates' | 'decisions',
  format: 'csv' | 'xlsx',
) => `/console-api/competitions/${encodeURIComponent(competitionId)}/jury-${kind}.${format}`;
