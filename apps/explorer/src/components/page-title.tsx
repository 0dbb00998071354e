import { useEffect } from 'react';
import { useTranslation } from '../i18n/use-translation';

/**
 * Sets document.title (React 19 hoists <title> into the document head) and the page's meta
 * description, which index.html declares once and each page rewrites.
 */
export function PageTitle({ title, description }: { title?: string; description?: string }) {
  const { t } = useTranslation();
  const text = description ?? t('site.description');
  useEffect(() => {
    const meta = document.querySelector<HTMLMetaElement>('meta[name="description"]');
    if (meta) meta.content = text;
  }, [text]);
  return <title>{title ? `${title} · ${t('site.name')}` : t('site.defaultTitle')}</title>;
}
