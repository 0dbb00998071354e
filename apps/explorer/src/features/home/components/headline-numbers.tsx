import { type HomeQuery } from '../../../generated/graphql';
import { formatCount } from '../../../lib/format';

/**
 * Totals over the published competitions. Institutions and countries are left out: the same
 * institution enters several competitions, so their per-competition counts do not add up.
 */
export function HeadlineNumbers({ competitions }: { competitions: HomeQuery['competitions'] }) {
  const sum = (pick: (s: HomeQuery['competitions'][number]['stats']) => number) =>
    competitions.reduce((n, c) => n + pick(c.stats), 0);
  const figure = (value: number, singular: string, plural: string) => ({
    label: value === 1 ? singular : plural,
    value,
  });
  const figures = [
    figure(
      sum((s) => s.entries),
      'good practice',
      'good practices',
    ),
    figure(competitions.length, 'competition', 'competitions'),
    figure(
      sum((s) => s.awards),
      'Award',
      'Awards',
    ),
    figure(
      sum((s) => s.certificatesOfMerit),
      'Certificate of Merit',
      'Certificates of Merit',
    ),
    figure(
      sum((s) => s.specialMentions),
      'special mention from the Jury',
      'special mentions from the Jury',
    ),
  ];
  return (
    <section aria-labelledby="numbers-title" className="numbers">
      <h2 id="numbers-title" className="visually-hidden">
        The programme in numbers
      </h2>
      <dl className="stats">
        {figures.map((f) => (
          <div key={f.label} className="stats__item">
            <dt>{f.label}</dt>
            <dd>{formatCount(f.value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
