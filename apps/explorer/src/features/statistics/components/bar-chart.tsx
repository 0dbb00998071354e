import { useId, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { formatCount, formatPercent } from '../../../lib/format';

export interface Datum {
  key: string;
  label: string;
  count: number;
  /** Where a click on the bar leads (the search narrowed to it). */
  to?: string;
  /** The label's language when it is content (a name from the database). */
  lang?: string;
}

/**
 * A chart and its data table. The bars are drawn for the eye and hidden from screen readers,
 * which read the table instead; the table is visually hidden until "Show the data table".
 */
export function ChartFigure({
  title,
  data,
  total,
  orientation = 'horizontal',
  children,
}: {
  title: string;
  data: readonly Datum[];
  /** What shares are of: the practices counted (a practice may have several areas). */
  total: number;
  orientation?: 'horizontal' | 'vertical';
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [tableShown, setTableShown] = useState(false);
  const max = Math.max(1, ...data.map((d) => d.count));

  return (
    <section className="chart" aria-labelledby={`${id}-title`}>
      <div className="chart__head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button
          type="button"
          className="link-button"
          aria-expanded={tableShown}
          aria-controls={`${id}-table`}
          onClick={() => setTableShown((v) => !v)}
        >
          {tableShown ? t('statistics.hideTable') : t('statistics.showTable')}
        </button>
      </div>
      {children}
      {data.length === 0 ? (
        <p className="muted">{t('statistics.empty')}</p>
      ) : orientation === 'horizontal' ? (
        <ul className="bars" aria-hidden="true">
          {data.map((d) => (
            <li key={d.key} className="bars__row">
              <span className="bars__label" lang={d.lang}>
                {d.to ? (
                  <Link to={d.to} tabIndex={-1}>
                    {d.label}
                  </Link>
                ) : (
                  d.label
                )}
              </span>
              <span className="bars__track">
                <span className="bars__bar" style={{ width: `${(d.count / max) * 100}%` }} />
              </span>
              <span className="bars__value">{formatCount(d.count)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <div className="columns" aria-hidden="true">
          {data.map((d) => (
            <div key={d.key} className="columns__col">
              <span className="columns__value">{formatCount(d.count)}</span>
              <span className="columns__bar" style={{ height: `${(d.count / max) * 100}%` }} />
              <span className="columns__label" lang={d.lang}>
                {d.label}
              </span>
            </div>
          ))}
        </div>
      )}
      <div
        id={`${id}-table`}
        className={tableShown ? 'chart__table table-scroll' : 'visually-hidden'}
        // Focusable when shown, so that keyboard users can scroll a wide table sideways.
        tabIndex={tableShown ? 0 : undefined}
        role={tableShown ? 'group' : undefined}
        aria-label={tableShown ? title : undefined}
      >
        <table className="data-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('statistics.colValue')}</th>
              <th scope="col">{t('statistics.colCount')}</th>
              <th scope="col">{t('statistics.colShare')}</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.key}>
                <th scope="row" lang={d.lang}>
                  {d.to ? <Link to={d.to}>{d.label}</Link> : d.label}
                </th>
                <td>{formatCount(d.count)}</td>
                <td>{total ? formatPercent(d.count / total) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
