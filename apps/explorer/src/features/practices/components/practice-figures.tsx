import { useTranslation } from '../../../i18n/use-translation';
import { type PracticeQuery } from '../../../generated/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { formatCount, formatPercent } from '../../../lib/format';

type Figure = NonNullable<PracticeQuery['practice']>['figures'][number];
type Pair = Figure & { before: number; after: number };

function amount(value: number, unit: string | null | undefined): string {
  return unit ? `${formatCount(value)} ${unit}` : formatCount(value);
}

/** A pair of bars, before and after, scaled to the larger of the two. */
function BeforeAfterBars({ figure }: { figure: Pair }) {
  const { t } = useTranslation();
  const max = Math.max(figure.before, figure.after) || 1;
  const width = 200;
  const bar = (value: number) => Math.max(2, (value / max) * width);
  return (
    <svg
      viewBox={`0 0 ${width + 170} 56`}
      className="before-after__chart"
      aria-hidden="true"
      focusable="false"
    >
      <text x="0" y="17" className="chart-label">
        {t('practice.before')}
      </text>
      <rect x="64" y="4" width={bar(figure.before)} height="18" className="bar bar--before" />
      <text x={70 + bar(figure.before)} y="17" className="chart-value">
        {amount(figure.before, figure.unit)}
      </text>
      <text x="0" y="45" className="chart-label">
        {t('practice.after')}
      </text>
      <rect x="64" y="32" width={bar(figure.after)} height="18" className="bar bar--after" />
      <text x={70 + bar(figure.after)} y="45" className="chart-value">
        {amount(figure.after, figure.unit)}
      </text>
    </svg>
  );
}

/**
 * The before/after figures of "Evaluating the results" as small bar pairs, with the same
 * figures in a table: the drawing is for the eye, screen readers read the table.
 */
export function PracticeFigures({ figures }: { figures: readonly Figure[] }) {
  const { t } = useTranslation();
  const pairs = figures.filter(
    (f): f is Pair => typeof f.before === 'number' && typeof f.after === 'number',
  );
  if (pairs.length === 0) return null;
  return (
    <figure className="figures" aria-labelledby="figures-title">
      <figcaption id="figures-title" className="figures__title">
        {t('practice.figuresTitle')}
      </figcaption>
      <div className="before-after__list">
        {pairs.map((f, i) => (
          <div key={i} className="before-after">
            <p className="before-after__label" lang={CONTENT_LANGUAGE}>
              {f.group ? `${f.group}: ` : ''}
              {f.label}
            </p>
            <BeforeAfterBars figure={f} />
          </div>
        ))}
      </div>
      {/* Focusable so that keyboard users can scroll it sideways on a narrow screen. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="group"
        aria-label={t('practice.figuresCaption')}
      >
        <table className="data-table">
          <caption className="visually-hidden">{t('practice.figuresCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('practice.figure')}</th>
              <th scope="col">{t('practice.before')}</th>
              <th scope="col">{t('practice.after')}</th>
              <th scope="col">{t('practice.change')}</th>
            </tr>
          </thead>
          <tbody>
            {pairs.map((f, i) => (
              <tr key={i}>
                <th scope="row" lang={CONTENT_LANGUAGE}>
                  {f.label}
                </th>
                <td>{amount(f.before, f.unit)}</td>
                <td>{amount(f.after, f.unit)}</td>
                <td>{f.before ? formatPercent((f.after - f.before) / f.before, true) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
