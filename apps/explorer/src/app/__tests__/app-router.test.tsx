import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRoutes, Link, Outlet, useNavigate, type RouteObject } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppRouter, memoryHistory, type AppHistory } from '../app-router';
import { preloadRoute, toDeclarativeRoutes } from '../route-tree';

function Frame() {
  return (
    <>
      <nav>
        <Link to="/">Home</Link> <Link to="/broken">Broken</Link> <Link to="/later">Later</Link>
      </nav>
      <Outlet />
    </>
  );
}

function Broken(): never {
  throw new Error('this page is broken');
}

function FilterButton() {
  const navigate = useNavigate();
  return (
    <button
      type="button"
      onClick={() => void navigate('/?filter=on', { preventScrollReset: true })}
    >
      Filter
    </button>
  );
}

/** A lazy page whose code arrives when the test says so. */
function deferredPage() {
  let arrive!: () => void;
  const arrived = new Promise<void>((resolve) => (arrive = resolve));
  const lazy = async () => {
    await arrived;
    return { Component: () => <h1>Later page</h1> };
  };
  return { lazy, arrive };
}

/** Renders the routes (converted here unless `converted` says they already are). */
function renderApp(routes: RouteObject[], history: AppHistory, converted = false) {
  const tree = converted ? routes : toDeclarativeRoutes(routes);
  function Routes() {
    return useRoutes(tree);
  }
  return render(
    <AppRouter history={history}>
      <Routes />
    </AppRouter>,
  );
}

const page = (later: RouteObject['lazy']): RouteObject[] => [
  {
    element: <Frame />,
    HydrateFallback: () => <p>Loading the page</p>,
    children: [
      {
        errorElement: <p>Something went wrong</p>,
        children: [
          {
            path: '/',
            element: (
              <>
                <h1>Home page</h1>
                <FilterButton />
              </>
            ),
          },
          { path: '/broken', element: <Broken /> },
          { path: '/later', lazy: later },
        ],
      },
    ],
  },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the router of the explorer', () => {
  it('shows the error inside the layout for a page that throws, and recovers on the next page', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    renderApp(page(deferredPage().lazy), memoryHistory(['/broken']));
    expect(await screen.findByText('Something went wrong')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Home' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Home' }));
    expect(await screen.findByRole('heading', { name: 'Home page' })).toBeInTheDocument();
    expect(screen.queryByText('Something went wrong')).not.toBeInTheDocument();
  });

  it('keeps the current page on screen while the next page’s code is on its way', async () => {
    const later = deferredPage();
    const user = userEvent.setup();
    const history = memoryHistory(['/']);
    renderApp(page(later.lazy), history);
    await screen.findByRole('heading', { name: 'Home page' });
    await user.click(screen.getByRole('link', { name: 'Later' }));
    expect(history.location.pathname).toBe('/later');
    expect(screen.getByRole('heading', { name: 'Home page' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the page')).not.toBeInTheDocument();
    await act(async () => later.arrive());
    expect(await screen.findByRole('heading', { name: 'Later page' })).toBeInTheDocument();
  });

  it('shows the fallback on a first visit to a lazy page', async () => {
    const later = deferredPage();
    renderApp(page(later.lazy), memoryHistory(['/later']));
    expect(screen.getByText('Loading the page')).toBeInTheDocument();
    await act(async () => later.arrive());
    expect(await screen.findByRole('heading', { name: 'Later page' })).toBeInTheDocument();
  });

  it('renders a first page fetched beforehand at once, without the fallback', async () => {
    const later = deferredPage();
    const tree = toDeclarativeRoutes(page(later.lazy));
    const preloaded = preloadRoute('/later', tree);
    later.arrive();
    await preloaded;
    renderApp(tree, memoryHistory(['/later']), true);
    expect(screen.getByRole('heading', { name: 'Later page' })).toBeInTheDocument();
    expect(screen.queryByText('Loading the page')).not.toBeInTheDocument();
  });

  it('starts a new page at the top, keeps the place on preventScrollReset, and restores it on back', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const scrollY = vi.spyOn(window, 'scrollY', 'get');
    const later = deferredPage();
    later.arrive();
    const user = userEvent.setup();
    const history = memoryHistory(['/']);
    renderApp(page(later.lazy), history);
    await screen.findByRole('heading', { name: 'Home page' });

    scrollY.mockReturnValue(640);
    scrollTo.mockClear();
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    expect(history.location.search).toBe('?filter=on');
    expect(scrollTo).not.toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: 'Later' }));
    await screen.findByRole('heading', { name: 'Later page' });
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    scrollY.mockReturnValue(0);
    await act(async () => history.go(-1));
    await screen.findByRole('heading', { name: 'Home page' });
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
  });

  it('refuses a route that needs React Router’s data mode', () => {
    expect(() => toDeclarativeRoutes([{ path: '/', loader: () => null }])).toThrow(
      /`loader` needs React Router's data mode/,
    );
  });
});
