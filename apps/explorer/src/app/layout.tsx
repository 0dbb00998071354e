import { useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { paths, serverPaths } from '../lib/paths';

/**
 * The frame of every page: skip link, header with the main navigation, the page in <main>,
 * footer. On a change of page (not of query string: a facet click must keep focus where it
 * is), focus moves to <main> so that screen readers start reading the new page.
 */
export function Layout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.home.to()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span>
              <span className="brand__name">Good Practice Awards</span>
              <span className="brand__tagline">Good practices in social security</span>
            </span>
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              <li>
                <NavLink to={paths.home.to()} end>
                  Home
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.search.to()} end>
                  Search practices
                </NavLink>
              </li>
              <li>
                <a href={serverPaths.apiDocs}>Public API</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>
            The Good Practice Awards recognize good practices in the administration of social
            security. Results are published here once the Jury has decided and the secretariat has
            released them.
          </p>
          <p>
            Developers can query the same data through the{' '}
            <a href={serverPaths.apiDocs}>public GraphQL API</a>.
          </p>
        </div>
      </footer>
      <ScrollRestoration />
    </>
  );
}
