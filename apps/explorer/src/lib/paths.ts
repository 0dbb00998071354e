import { toSearchParams, type SearchState } from './search-params';

/**
 * Every address of the explorer, named in one place. `pattern` is what the router matches;
 * `to` builds a link. The addresses are a public contract (shared/API.md): visitors share them.
 */
export const paths = {
  home: { pattern: '/', to: () => '/' },
  search: {
    pattern: '/practices',
    to: (state: Partial<SearchState> = {}) => {
      const query = toSearchParams(state).toString();
      return query ? `/practices?${query}` : '/practices';
    },
  },
  practice: {
    pattern: '/practices/:slug',
    to: (slug: string) => `/practices/${encodeURIComponent(slug)}`,
  },
  competition: {
    pattern: '/competitions/:slug',
    to: (slug: string) => `/competitions/${encodeURIComponent(slug)}`,
  },
  institution: {
    pattern: '/institutions/:slug',
    to: (slug: string) => `/institutions/${encodeURIComponent(slug)}`,
  },
  country: {
    pattern: '/countries/:code',
    to: (code: string) => `/countries/${encodeURIComponent(code)}`,
  },
  priorityArea: {
    pattern: '/priority-areas/:slug',
    to: (slug: string) => `/priority-areas/${encodeURIComponent(slug)}`,
  },
  statistics: { pattern: '/statistics', to: () => '/statistics' },
  api: { pattern: '/api', to: () => '/api' },
} as const;

/**
 * Addresses served by the API process rather than this single-page app: link to them with a
 * plain <a>, never the router's <Link>, so the browser asks the server.
 */
export const serverPaths = {
  graphql: '/graphql',
  practiceSheet: (slug: string, format: 'html' | 'pdf') =>
    `/documents/practices/${encodeURIComponent(slug)}/sheet.${format}`,
  booklet: (slug: string, format: 'html' | 'pdf') =>
    `/documents/competitions/${encodeURIComponent(slug)}/booklet.${format}`,
} as const;
