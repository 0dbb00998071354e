import { Link, NavLink, Outlet } from 'react-router';
import { SignOutButton } from '../features/auth/components/sign-out-button';
import { paths, publicPaths } from '../lib/paths';
import { NAV_ITEMS } from './nav';
import { hasAnyRole, useViewer } from './viewer';

export function Layout() {
  const { viewer } = useViewer();
  const items = NAV_ITEMS.filter((item) => hasAnyRole(viewer, item.roles));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.home.to()} className="brand">
            Good Practice Awards — Console
          </Link>
          <nav aria-label="Main">
            <ul className="nav">
              {items.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.to === '/'}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
              <li>
                <a href={publicPaths.explorer}>Public site</a>
              </li>
            </ul>
          </nav>
          {viewer && (
            <div className="session">
              <span className="session__name">
                Signed in as <strong>{viewer.name}</strong>
              </span>
              <SignOutButton />
            </div>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        <Outlet />
      </main>
    </>
  );
}
