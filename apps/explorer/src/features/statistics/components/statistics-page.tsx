import { OUTCOMES, REGIONS, type Outcome, type Region } from '@gpa/shared';
import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { Loading, QueryError } from '../../../components/query-status';
import { type PracticeFilter } from '../../../generated/graphql';
import { CONTENT_LANGUAGE, LANG_PARAM } from '../../../i18n/i18n';
import { outcomeLabel, regionLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { type SearchState } from '../../../lib/search-params';
import { useStatistics } from '../api/statistics.query';
import { ChartFigure, type Datum } from './bar-chart';

// The map's geometry is the heaviest part of the page: it arrives in its own chunk.
const WorldMap = lazy(async () => ({ default: (await import('./world-map')).WorldMap }));

interface StatisticsFilters {
  region: Region | null;
  competition: string | null;
  year: number | null;
}

/** The filters live in the address (`/statistics?region=ASIA_PACIFIC&year=2018`). */
function parseFilters(params: URLSearchParams): StatisticsFilters {
  const region = params.get('region')?.toUpperCase() ?? '';
  const year = params.get('year') ?? '';
  const competition = params.get('competition') ?? '';
  return {
    region: (REGIONS as readonly string[]).includes(region) ? (region as Region) : null,
    year: /^\d{4}$/.test(year) ? Number(year) : null,
    competition: /^[a-z0-9-]{1,200}$/.test(competition) ? competition : null,
  };
}

function toFilter(
  filters: StatisticsFilters,
  competition: { region: Region; year: number } | undefined,
): PracticeFilter | undefined {
  const regions = competition ? [competition.region] : filters.region ? [filters.region] : [];
  const years = competition ? [competition.year] : filters.year ? [filters.year] : [];
  if (regions.length === 0 && years.length === 0) return undefined;
  return { ...(regions.length && { regions }), ...(years.length && { years }) };
}

export function StatisticsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  // The competitions list arrives with the figures; the first answer names them.
  const first = useStatistics(undefined);
  const competitions = first.data?.competitions ?? [];
  const competition = competitions.find((c) => c.slug === filters.competition);
  const filter = toFilter(filters, competition);
  const { data, previousData, loading, error, refetch } = useStatistics(filter);
  const shown = (data ?? previousData)?.practices;

  const setFilter = (key: keyof StatisticsFilters, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key === 'competition' && value) {
      next.delete('region');
      next.delete('year');
    }
    if (key !== 'competition' && value) next.delete('competition');
    const lang = params.get(LANG_PARAM);
    if (lang) next.set(LANG_PARAM, lang);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  /** The search narrowed to one value and the current filters. */
  const searchFor = (extra: Partial<SearchState>) =>
    paths.search.to({
      region: filter?.regions ?? [],
      year: filter?.years ?? [],
      ...extra,
    });

  const years = [...new Set(competitions.map((c) => c.year))].sort((a, b) => b - a);
  const facets = shown?.facets;
  const areaData: Datum[] = (facets?.priorityAreas ?? [])
    .filter((v) => v.count > 0)
    .map((v) => ({
      key: v.value,
      label: v.label,
      lang: CONTENT_LANGUAGE,
      count: v.count,
      to: searchFor({ area: [v.value] }),
    }));
  const countryData: Datum[] = (facets?.countries ?? [])
    .filter((v) => v.count > 0)
    .map((v) => ({
      key: v.value,
      label: v.label,
      lang: CONTENT_LANGUAGE,
      count: v.count,
      to: searchFor({ country: [v.value] }),
    }));
  const regionData: Datum[] = REGIONS.map((region) => ({
    key: region,
    label: regionLabel(region),
    count: facets?.regions.find((v) => v.value === region)?.count ?? 0,
    to: searchFor({ region: [region] }),
  }));
  const outcomeData: Datum[] = OUTCOMES.map((outcome: Outcome) => ({
    key: outcome,
    label: outcomeLabel(outcome),
    count: facets?.outcomes.find((v) => v.value === outcome)?.count ?? 0,
    to: searchFor({ outcome: [outcome] }),
  }));
  const yearData: Datum[] = [...(facets?.years ?? [])]
    .sort((a, b) => Number(a.value) - Number(b.value))
    .map((v) => ({ key: v.value, label: v.label, count: v.count }));

  const regionId = useId();
  const competitionId = useId();
  const yearId = useId();

  return (
    <div className="page statistics">
      <PageTitle title={t('statistics.title')} description={t('statistics.description')} />
      <h1>{t('statistics.title')}</h1>
      <p className="lede">{t('statistics.lede')}</p>

      <form
        className="statistics__filters"
        aria-label={t('statistics.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <div className="field">
          <label htmlFor={regionId}>{t('statistics.region')}</label>
          <select
            id={regionId}
            value={competition ? competition.region : (filters.region ?? '')}
            onChange={(e) => setFilter('region', e.target.value)}
          >
            <option value="">{t('statistics.allRegions')}</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {regionLabel(r)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={competitionId}>{t('statistics.competition')}</label>
          <select
            id={competitionId}
            value={filters.competition ?? ''}
            onChange={(e) => setFilter('competition', e.target.value)}
          >
            <option value="">{t('statistics.allCompetitions')}</option>
            {competitions.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={yearId}>{t('statistics.year')}</label>
          <select
            id={yearId}
            value={competition ? String(competition.year) : String(filters.year ?? '')}
            onChange={(e) => setFilter('year', e.target.value)}
          >
            <option value="">{t('statistics.allYears')}</option>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
      </form>

      {error && (
        <QueryError
          what={t('statistics.theFigures')}
          error={error}
          onRetry={() => void refetch()}
        />
      )}
      {!shown && loading && <Loading label={t('statistics.loading')} />}
      {shown && (
        <div className={loading ? 'is-stale' : undefined} aria-busy={loading}>
          <p role="status" className="statistics__total">
            {t('statistics.total', { count: shown.totalCount })}{' '}
            <Link to={searchFor({})}>{t('statistics.openSearch')}</Link>
          </p>
          <div className="charts">
            <ChartFigure title={t('statistics.byArea')} data={areaData} total={shown.totalCount} />
            <ChartFigure
              title={t('statistics.byCountry')}
              data={countryData}
              total={shown.totalCount}
            >
              <Suspense fallback={<div className="world-map world-map--loading" />}>
                <WorldMap counts={countryData.map((d) => ({ code: d.key, count: d.count }))} />
              </Suspense>
            </ChartFigure>
            <ChartFigure
              title={t('statistics.byRegion')}
              data={regionData}
              total={shown.totalCount}
            />
            <ChartFigure
              title={t('statistics.byOutcome')}
              data={outcomeData}
              total={shown.totalCount}
            />
            <ChartFigure
              title={t('statistics.byYear')}
              data={yearData}
              total={shown.totalCount}
              orientation="vertical"
            />
          </div>
        </div>
      )}
    </div>
  );
}
