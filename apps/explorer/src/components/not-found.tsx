import { useTranslation } from '../i18n/use-translation';
import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { PageTitle } from './page-title';

type What = 'page' | 'practice' | 'competition' | 'institution' | 'country' | 'priorityArea';

/** The page for an unknown address, or for a practice, competition… that does not exist. */
export function NotFound({ what = 'page' }: { what?: What }) {
  const { t } = useTranslation();
  const thing = t(`notFound.${what}`);
  return (
    <div className="page narrow">
      <PageTitle title={t('notFound.title')} />
      <h1>{t('notFound.heading', { what: thing })}</h1>
      <p>{t('notFound.text', { what: thing })}</p>
      <p className="actions">
        <Link className="button" to={paths.search.to()}>
          {t('notFound.search')}
        </Link>
        <Link to={paths.home.to()}>{t('notFound.home')}</Link>
      </p>
    </div>
  );
}
