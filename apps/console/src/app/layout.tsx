import { Link, Outlet } from 'react-router';
import { paths, publicPaths } from '../lib/paths';

export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.competitions.to()} className="brand">
            Good Practice Awards — Console
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              <li>
                <Link to={paths.competitions.to()}>Competitions</Link>
              </li>
              <li>
                <a href={publicPaths.explorer}>Public site</a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
    </>
  );
}
