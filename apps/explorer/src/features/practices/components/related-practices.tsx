import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { OutcomeBadge } from '../../../components/outcome-badge';
import { type RelatedPracticesQuery } from '../../../generated/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { paths } from '../../../lib/paths';
import { useRelatedPractices } from '../api/related-practices.query';

type Related = RelatedPracticesQuery['sameArea']['nodes'][number];

function RelatedList({ title, practices }: { title: string; practices: Related[] }) {
  if (practices.length === 0) return null;
  return (
    <div className="related__group">
      <h3>{title}</h3>
      <ul className="plain-list related__list">
        {practices.map((p) => (
          <li key={p.id}>
            <Link to={paths.practice.to(p.slug)} lang={CONTENT_LANGUAGE}>
              {p.title}
            </Link>{' '}
            <OutcomeBadge outcome={p.outcome} />
            <span className="muted related__origin" lang={CONTENT_LANGUAGE}>
              {p.institution.name}, {p.country.name}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Up to six practices of the same priority areas, and up to six of the same institution. */
export function RelatedPractices({
  slug,
  areas,
  institution,
}: {
  slug: string;
  areas: string[];
  institution: string;
}) {
  const { t } = useTranslation();
  const { data } = useRelatedPractices({ areas, institution });
  if (!data) return null;
  const others = (list: Related[]) => list.filter((p) => p.slug !== slug).slice(0, 6);
  const sameInstitution = others(data.sameInstitution.nodes);
  const shown = new Set(sameInstitution.map((p) => p.slug));
  const sameArea = others(data.sameArea.nodes).filter((p) => !shown.has(p.slug));
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title">{t('practice.relatedTitle')}</h2>
      {sameArea.length === 0 && sameInstitution.length === 0 ? (
        <p>{t('practice.relatedNone')}</p>
      ) : (
        <>
          <RelatedList title={t('practice.relatedSameArea')} practices={sameArea} />
          <RelatedList title={t('practice.relatedSameInstitution')} practices={sameInstitution} />
        </>
      )}
    </section>
  );
}
