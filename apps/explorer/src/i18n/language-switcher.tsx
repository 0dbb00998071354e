import { useId } from 'react';
import { useTranslation } from './use-translation';
import { useLocation, useNavigate } from 'react-router';
import { LANGUAGE_NAMES, LANGUAGES, currentLanguage, isLanguage, markLanguageChosen } from './i18n';
import { withLanguage } from './use-language-address';

/** The interface language; the choice goes into the address, so a shared link keeps it. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <div className="language">
      <label htmlFor={id}>{t('layout.language')}</label>
      <select
        id={id}
        value={currentLanguage()}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          markLanguageChosen();
          // If the catalogue cannot be fetched (offline), the interface stays as it is.
          i18n.changeLanguage(language).then(
            () =>
              navigate(
                { pathname: location.pathname, search: withLanguage(location.search, language) },
                { replace: true, preventScrollReset: true },
              ),
            () => {},
          );
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {LANGUAGE_NAMES[language]}
          </option>
        ))}
      </select>
    </div>
  );
}
