import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { Fragment, useId } from 'react';
import { Link } from 'react-router';
import { RichText } from '../../../components/rich-text';
import { type CompetitionEntryFragment } from '../../../generated/graphql';
import { priorityAreasLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';

/**
 * One entry as the results booklet prints it: "Country: Institution", the title, its
 * priority areas, and for the Award and the special mentions the summary and the Jury's text.
 */
export function CompetitionEntry({
  entry,
  summary,
  juryText,
}: {
  entry: CompetitionEntryFragment;
  summary?: string | null;
  juryText?: { label: string; text: string | null | undefined };
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <article className="entry" aria-labelledby={titleId}>
      <p className="origin" lang={CONTENT_LANGUAGE}>
        <Link to={paths.country.to(entry.country.code)}>{entry.country.name}</Link>:{' '}
        <Link to={paths.institution.to(entry.institution.slug)}>{entry.institution.name}</Link>
      </p>
      <h3 id={titleId} className="entry__title" lang={CONTENT_LANGUAGE}>
        <Link to={paths.practice.to(entry.slug)}>{entry.title}</Link>
      </h3>
      {entry.priorityAreas.length > 0 && (
        <p className="entry__areas">
          {priorityAreasLabel(entry.priorityAreas.length)}:{' '}
          {entry.priorityAreas.map((area, i) => (
            <Fragment key={area.id}>
              {i > 0 && ', '}
              <Link to={paths.priorityArea.to(area.slug)} lang={CONTENT_LANGUAGE}>
                {area.name}
              </Link>
            </Fragment>
          ))}
        </p>
      )}
      {summary && (
        <div className="entry__text">
          <h4>{t('labels.summary')}</h4>
          <RichText text={summary} />
        </div>
      )}
      {juryText?.text && (
        <div className="entry__text jury-text">
          <h4>{juryText.label}</h4>
          <RichText text={juryText.text} />
        </div>
      )}
    </article>
  );
}
