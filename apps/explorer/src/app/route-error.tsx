import { useTranslation } from '../i18n/use-translation';
import { PageTitle } from '../components/page-title';

/** What a page shows when it throws while rendering; the header and footer stay. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <div className="page narrow">
      <PageTitle title={t('error.title')} />
      <h1>{t('error.title')}</h1>
      <p>{t('error.text')}</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('error.reload')}
        </button>
      </p>
    </div>
  );
}
