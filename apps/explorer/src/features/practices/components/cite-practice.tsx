import { useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { formatDate } from '../../../lib/format';
import { paths } from '../../../lib/paths';

function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={`${t('practice.copy')}: ${label}`}
      onClick={() => {
        void navigator.clipboard?.writeText(text).then(() => setCopied(true));
      }}
    >
      {copied ? t('practice.copied') : t('practice.copy')}
    </button>
  );
}

/** The practice's permanent address and a citation line to copy. */
export function CitePractice({
  practice,
}: {
  practice: {
    slug: string;
    title: string;
    institution: { name: string };
    country: { name: string };
    competition?: { title: string } | null;
  };
}) {
  const { t } = useTranslation();
  const url = `${window.location.origin}${paths.practice.to(practice.slug)}`;
  const citation = t('practice.citationText', {
    institution: practice.institution.name,
    country: practice.country.name,
    title: practice.title,
    competition: practice.competition ? `, ${practice.competition.title}` : '',
    url,
    date: formatDate(new Date()),
  });
  return (
    <section className="cite" aria-labelledby="cite-title">
      <h2 id="cite-title">{t('practice.citeTitle')}</h2>
      <dl className="cite__list">
        <div>
          <dt>{t('practice.permalink')}</dt>
          <dd>
            <a href={url} className="cite__url">
              {url}
            </a>{' '}
            <CopyButton text={url} label={t('practice.permalink')} />
          </dd>
        </div>
        <div>
          <dt>{t('practice.citation')}</dt>
          <dd>
            <p className="cite__text">{citation}</p>
            <CopyButton text={citation} label={t('practice.citation')} />
          </dd>
        </div>
      </dl>
    </section>
  );
}
