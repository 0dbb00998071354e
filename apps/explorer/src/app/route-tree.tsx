import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { matchRoutes, Outlet, useLocation, useRoutes, type RouteObject } from 'react-router';
import { routes } from './router';

/*
 * The routes (router.tsx) are written as React Router route objects, with `lazy`,
 * `errorElement` and `HydrateFallback`. The app renders them in React Router's declarative
 * mode (app-router.tsx), where those three are not interpreted; here they become what that
 * mode renders: React.lazy, an error boundary, and a Suspense fallback.
 */

/** Properties that only React Router's data mode can honour: a route using one fails loudly. */
const DATA_MODE_ONLY = ['loader', 'action', 'shouldRevalidate', 'middleware', 'handle'] as const;

/** Shows `fallback` in place of a route that threw while rendering, until the address changes. */
class ErrorBoundary extends Component<
  { fallback: ReactNode; resetKey: string; children: ReactNode },
  { failed: boolean; resetKey: string }
> {
  override state = { failed: false, resetKey: this.props.resetKey };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  static getDerivedStateFromProps(
    props: { resetKey: string },
    state: { failed: boolean; resetKey: string },
  ) {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function RouteErrorBoundary({ fallback, children }: { fallback: ReactNode; children: ReactNode }) {
  const { key } = useLocation();
  return (
    <ErrorBoundary fallback={fallback} resetKey={key}>
      {children}
    </ErrorBoundary>
  );
}

/** How to fetch the code of each lazy page of the converted routes, to start it early. */
const preloads = new WeakMap<RouteObject, () => Promise<unknown>>();

/**
 * A page whose code arrives when first needed. Once it is here the page renders at once
 * instead of suspending: the first page of a visit is fetched before the first render (see
 * preloadRoute), as React Router's data mode did, so that it never shows the fallback.
 * React holds back content that replaces a shown fallback for up to 300 ms, which made those
 * pages' data requests (sent when the page renders) start that much later.
 */
function lazyPage(route: RouteObject): { Page: ComponentType; preload: () => Promise<unknown> } {
  const load = route.lazy;
  if (typeof load !== 'function') throw new Error('Only `lazy: async () => ({ Component })`');
  let Loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  const preload = () =>
    (loading ??= load().then((loaded) => {
      const component =
        loaded.Component ?? (loaded.element !== undefined ? () => loaded.element : null);
      if (!component)
        throw new Error(`The lazy route ${route.path ?? ''} gave neither Component nor element`);
      Loaded = component;
      return component;
    }));
  // Suspends until the code is here (an error reaches the route's error boundary). `Loaded`
  // is set before React learns that the code arrived, so <Lazy /> is never shown and later
  // replaced by a different element.
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Page() {
    return Loaded ? <Loaded /> : <Lazy />;
  }
  return { Page, preload };
}

export function toDeclarativeRoutes(list: RouteObject[]): RouteObject[] {
  return list.map((route) => {
    for (const key of DATA_MODE_ONLY) {
      if (route[key] !== undefined)
        throw new Error(
          `Route ${route.path ?? '(layout)'}: \`${key}\` needs React Router's data mode; the ` +
            'explorer loads its data with Apollo (see app-router.tsx).',
        );
    }
    const page = route.lazy ? lazyPage(route) : null;
    const Page = route.Component ?? page?.Page;
    let element: ReactNode = route.element ?? (Page ? <Page /> : <Outlet />);
    const errorElement =
      route.errorElement ?? (route.ErrorBoundary ? <route.ErrorBoundary /> : undefined);
    if (errorElement !== undefined)
      element = <RouteErrorBoundary fallback={errorElement}>{element}</RouteErrorBoundary>;
    const fallback =
      route.hydrateFallbackElement ??
      (route.HydrateFallback ? <route.HydrateFallback /> : undefined);
    // A page whose code is still on its way shows this on the first visit; later navigations
    // are transitions, which keep the current page on screen until the next one can render.
    if (fallback !== undefined) element = <Suspense fallback={fallback}>{element}</Suspense>;
    const converted = {
      path: route.path,
      caseSensitive: route.caseSensitive,
      ...(route.index
        ? { index: true }
        : { children: route.children && toDeclarativeRoutes(route.children) }),
      element,
    } as RouteObject;
    if (page) preloads.set(converted, page.preload);
    return converted;
  });
}

const appRoutes = toDeclarativeRoutes(routes);

/**
 * Fetches the code of the page at `pathname` (if it is a lazy one), so that the first render
 * shows it at once. Resolves either way: a failed fetch shows the page's error when rendered.
 */
export async function preloadRoute(pathname: string, tree = appRoutes): Promise<void> {
  const matches = matchRoutes(tree, pathname) ?? [];
  await Promise.all(
    matches.map((m) =>
      preloads
        .get(m.route)?.()
        .catch(() => {}),
    ),
  );
}

/** The page for the current address, inside the layout. */
export function AppRoutes() {
  return useRoutes(appRoutes);
}
