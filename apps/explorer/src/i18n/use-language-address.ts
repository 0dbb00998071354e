import { useEffect, useEffectEvent } from 'react';
import { useLocation, useNavigate, type Location } from 'react-router';
import {
  DEFAULT_LANGUAGE,
  LANG_PARAM,
  currentLanguage,
  i18n,
  languageInAddress,
  languageWasChosen,
  markLanguageChosen,
} from './i18n';

/** The language being switched to, so that a re-render does not ask for it twice. */
let switchingTo: string | null = null;

/** The address's query string with `lang` set to `language`. */
export function withLanguage(search: string, language: string): string {
  const params = new URLSearchParams(search);
  params.set(LANG_PARAM, language);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Keeps the interface language and the address in step, on each new address only: an address
 * that names a language switches to it (a shared link, back and forward); once a language was
 * chosen, or whenever it is not English, every address the visitor reaches carries it, so
 * links keep it without every <Link> having to know.
 */
export function useLanguageInAddress() {
  const location = useLocation();
  const navigate = useNavigate();

  // Runs for a new address only, with whatever `navigate` is current.
  const sync = useEffectEvent((location: Location) => {
    const named = languageInAddress(location.search);
    if (named) {
      markLanguageChosen();
      if (named !== currentLanguage() && named !== switchingTo) {
        switchingTo = named;
        // A catalogue that cannot be fetched (offline) leaves the interface as it is.
        i18n
          .changeLanguage(named)
          .catch(() => {})
          .finally(() => {
            switchingTo = null;
          });
      }
      return;
    }
    const language = currentLanguage();
    if (!languageWasChosen() && language === DEFAULT_LANGUAGE) return;
    void navigate(
      {
        pathname: location.pathname,
        search: withLanguage(location.search, language),
        hash: location.hash,
      },
      { replace: true, preventScrollReset: true, state: location.state as unknown },
    );
  });

  useEffect(() => {
    sync(location);
  }, [location]);
}
