/** The console lives under /console/ of the production process (vite `base`, router basename). */
export const BASENAME = '/console';

/** Console addresses, relative to BASENAME; `pattern` for the router, `to` for links. */
export const paths = {
  home: { pattern: '/', to: () => '/' },
  competitions: { pattern: '/', to: () => '/' },
  signIn: {
    pattern: '/sign-in',
    to: (from?: string) =>
      from && from !== '/' ? `/sign-in?from=${encodeURIComponent(from)}` : '/sign-in',
  },
} as const;

/** Pages of the public explorer, outside the console's router: link with a plain <a>. */
export const publicPaths = {
  explorer: '/',
  competition: (slug: string) => `/competitions/${encodeURIComponent(slug)}`,
} as const;
