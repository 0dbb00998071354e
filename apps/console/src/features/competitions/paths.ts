/** The secretariat's console addresses (relative to the router's basename). */
export const competitionPaths = {
  list: '/',
  create: '/competitions/new',
  detail: (id: string) => `/competitions/${encodeURIComponent(id)}`,
  edit: (id: string) => `/competitions/${encodeURIComponent(id)}/edit`,
  entries: (id: string) => `/competitions/${encodeURIComponent(id)}/entries`,
  jury: (id: string) => `/competitions/${encodeURIComponent(id)}/jury`,
  preview: (id: string) => `/competitions/${encodeURIComponent(id)}/preview`,
  institutions: '/institutions',
  countries: '/countries',
} as const;

/** The certificates of a competition, served by the documents module. */
export const certificatesZip = (slug: string) =>
  `/documents/competitions/${encodeURIComponent(slug)}/certificates.zip`;

export const STATUS_LABELS: Record<string, string> = {
  DRAFT: 'Draft',
  OPEN: 'Open for entries',
  JUDGING: 'Judging',
  DECIDED: 'Decided',
  PUBLISHED: 'Published',
};
