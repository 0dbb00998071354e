import { useTranslation } from '../../i18n/use-translation';
import { useId } from 'react';
import { Link } from 'react-router';
import { type PracticeCardFragment } from '../../generated/graphql';
import { CONTENT_LANGUAGE } from '../../i18n/i18n';
import { excerpt } from '../../lib/format';
import { paths } from '../../lib/paths';
import { Highlight } from '../highlight';
import { OutcomeBadge } from '../outcome-badge';

export function PracticeCard({
  practice,
  headingLevel,
}: {
  practice: PracticeCardFragment;
  headingLevel: 2 | 3;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const summary = excerpt(practice.summary);
  return (
    <article className="card" aria-labelledby={titleId}>
      <div className="card__head">
        <Heading id={titleId} className="card__title" lang={CONTENT_LANGUAGE}>
          <Link to={paths.practice.to(practice.slug)}>{practice.title}</Link>
        </Heading>
        <OutcomeBadge outcome={practice.outcome} />
      </div>
      <p className="card__meta" lang={CONTENT_LANGUAGE}>
        <Link to={paths.institution.to(practice.institution.slug)}>
          {practice.institution.name}
        </Link>
        {', '}
        <Link to={paths.country.to(practice.country.code)}>{practice.country.name}</Link>
        {practice.competition && (
          <>
            {' · '}
            <Link to={paths.competition.to(practice.competition.slug)}>
              {practice.competition.title}
            </Link>
          </>
        )}
      </p>
      {practice.highlight ? (
        <p className="card__snippet" lang={CONTENT_LANGUAGE}>
          <Highlight snippet={practice.highlight} />
        </p>
      ) : (
        summary && (
          <p className="card__snippet" lang={CONTENT_LANGUAGE}>
            {summary}
          </p>
        )
      )}
      {practice.priorityAreas.length > 0 && (
        <ul className="tags" aria-label={t('list.priorityAreas')}>
          {practice.priorityAreas.map((area) => (
            <li key={area.id} lang={CONTENT_LANGUAGE}>
              <Link to={paths.priorityArea.to(area.slug)}>{area.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
