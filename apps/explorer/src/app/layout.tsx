import { useEffect, useRef } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import '../i18n/i18n';
import { LanguageSwitcher } from '../i18n/language-switcher';
import { useLanguageInAddress } from '../i18n/use-language-address';
import { paths } from '../lib/paths';

/**
 * The frame of every page: skip link, header with the main navigation and the language,
 * the page in <main>, footer. On a change of page (not of query string: a facet click must
 * keep focus where it is), focus moves to <main> so that screen readers start reading the
 * new page.
 */
export function Layout() {
  const { t, i18n } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);
  useLanguageInAddress();

  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <Link to={paths.home.to()} className="brand">
            <span className="brand__mark" aria-hidden="true">
              ★
            </span>
            <span>
              <span className="brand__name">{t('site.name')}</span>
              <span className="brand__tagline">{t('site.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('layout.mainNav')}>
            <ul className="nav">
              <li>
                <NavLink to={paths.home.to()} end>
                  {t('layout.home')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.search.to()} end>
                  {t('layout.search')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.statistics.to()} end>
                  {t('layout.statistics')}
                </NavLink>
              </li>
              <li>
                <NavLink to={paths.api.to()} end>
                  {t('layout.api')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      {/* A new language re-renders every page from scratch, labels from helpers included. */}
      <main id="main" ref={mainRef} tabIndex={-1} className="container" key={i18n.language}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('layout.footerAbout')}</p>
          <p>
            {t('layout.footerApiBefore')}{' '}
            <Link to={paths.api.to()}>{t('layout.footerApiLink')}</Link>.
          </p>
          {i18n.language !== 'en' && <p>{t('layout.contentLanguageNote')}</p>}
        </div>
      </footer>
    </>
  );
}
