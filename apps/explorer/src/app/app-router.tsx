import { startTransition, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';
import {
  Router,
  UNSAFE_createBrowserHistory as createBrowserHistory,
  UNSAFE_createMemoryHistory as createMemoryHistory,
  type Location,
  type NavigateOptions,
  type NavigationType,
  type Navigator,
} from 'react-router';

/*
 * React Router in its declarative mode: the address drives <Routes>, and the pages are split
 * with React.lazy (see route-tree.tsx). Its data mode (createBrowserRouter) would add about
 * 14 KB (gzip) of loader, action and fetcher machinery to the first download, and the explorer
 * loads its data with Apollo. What the data mode gave that this mode does not, this file does:
 * scroll positions restored on back and forward, `preventScrollReset` and `flushSync` honoured.
 */

export type AppHistory = ReturnType<typeof createBrowserHistory>;

/** The browser's history; `v5Compat` so that pushes and replaces are reported too. */
export function browserHistory(): AppHistory {
  return createBrowserHistory({ v5Compat: true });
}

/** A history in memory, for tests. */
export function memoryHistory(initialEntries: string[]): AppHistory {
  return createMemoryHistory({ initialEntries, v5Compat: true });
}

interface Shown {
  action: NavigationType;
  location: Location;
  preventScrollReset: boolean;
}

/** Scroll positions by location key, kept across reloads for the tab's history. */
const SCROLL_STORAGE_KEY = 'gpa-scroll-positions';
const scrollPositions = new Map<string, number>();

function readStoredPositions() {
  try {
    const stored = JSON.parse(sessionStorage.getItem(SCROLL_STORAGE_KEY) ?? '{}') as unknown;
    if (stored && typeof stored === 'object') {
      for (const [key, y] of Object.entries(stored))
        if (typeof y === 'number') scrollPositions.set(key, y);
    }
  } catch {
    // Storage refused or unreadable: positions are kept for this page's life only.
  }
}

function storePositions() {
  try {
    sessionStorage.setItem(
      SCROLL_STORAGE_KEY,
      JSON.stringify(Object.fromEntries([...scrollPositions].slice(-100))),
    );
  } catch {
    // As above.
  }
}

/**
 * A navigation is shown in a transition (the current page stays until the next one's code has
 * arrived), except with `flushSync`, which shows it at once: a checkbox bound to the address
 * must not snap back until a transition commits.
 */
export function AppRouter({ history, children }: { history: AppHistory; children: ReactNode }) {
  const [shown, setShown] = useState<Shown>(() => ({
    action: history.action,
    location: history.location,
    preventScrollReset: false,
  }));
  const pending = useRef<NavigateOptions | undefined>(undefined);
  const shownKey = useRef(shown.location.key);
  const firstShown = useRef(true);

  const navigator = useMemo<Navigator>(
    () => ({
      createHref: history.createHref,
      createURL: history.createURL,
      encodeLocation: history.encodeLocation,
      go: history.go,
      push(to, state, options) {
        pending.current = options;
        history.push(to, state);
      },
      replace(to, state, options) {
        pending.current = options;
        history.replace(to, state);
      },
    }),
    [history],
  );

  useLayoutEffect(() => {
    readStoredPositions();
    if ('scrollRestoration' in window.history) window.history.scrollRestoration = 'manual';
    const remember = () => scrollPositions.set(history.location.key, window.scrollY);
    const leave = () => {
      remember();
      storePositions();
    };
    window.addEventListener('pagehide', leave);
    const stop = history.listen(({ action, location }) => {
      const options = pending.current;
      pending.current = undefined;
      // The page being left is still on screen: note where it was scrolled to.
      scrollPositions.set(shownKey.current, window.scrollY);
      const next = { action, location, preventScrollReset: !!options?.preventScrollReset };
      if (options?.flushSync) flushSync(() => setShown(next));
      else startTransition(() => setShown(next));
    });
    return () => {
      stop();
      window.removeEventListener('pagehide', leave);
    };
  }, [history]);

  useLayoutEffect(() => {
    shownKey.current = shown.location.key;
    restoreScroll(shown, firstShown.current);
    firstShown.current = false;
  }, [shown]);

  return (
    <Router navigator={navigator} location={shown.location} navigationType={shown.action}>
      {children}
    </Router>
  );
}

/**
 * As React Router's <ScrollRestoration>: back and forward (and a reload) return to where the
 * page was; a new page starts at its top, or at its #fragment.
 */
function restoreScroll({ action, location, preventScrollReset }: Shown, isFirst: boolean) {
  const saved = scrollPositions.get(location.key);
  if ((action === 'POP' || isFirst) && saved !== undefined) {
    window.scrollTo(0, saved);
    return;
  }
  if (isFirst) return;
  if (location.hash) {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.scrollIntoView();
      return;
    }
  }
  if (!preventScrollReset) window.scrollTo(0, 0);
}
