import { useTranslation } from '../../../i18n/use-translation';
import { type HomeQuery } from '../../../generated/graphql';
import { formatCount } from '../../../lib/format';

/**
 * Totals over the published competitions. Institutions and countries are left out: the same
 * institution enters several competitions, so their per-competition counts do not add up.
 */
export function HeadlineNumbers({ competitions }: { competitions: HomeQuery['competitions'] }) {
  const { t } = useTranslation();
  const sum = (pick: (s: HomeQuery['competitions'][number]['stats']) => number) =>
    competitions.reduce((n, c) => n + pick(c.stats), 0);
  const figure = (key: string, value: number) => ({
    key,
    label: t(`home.${key}`, { count: value }),
    value,
  });
  const figures = [
    figure(
      'practices',
      sum((s) => s.entries),
    ),
    figure('competitions', competitions.length),
    figure(
      'awards',
      sum((s) => s.awards),
    ),
    figure(
      'merits',
      sum((s) => s.certificatesOfMerit),
    ),
    figure(
      'mentions',
      sum((s) => s.specialMentions),
    ),
  ];
  return (
    <section aria-labelledby="numbers-title" className="numbers">
      <h2 id="numbers-title" className="visually-hidden">
        {t('home.numbersTitle')}
      </h2>
      <dl className="stats">
        {figures.map((f) => (
          <div key={f.key} className="stats__item">
            <dt>{f.label}</dt>
            <dd>{formatCount(f.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
