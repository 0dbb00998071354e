import { useMemo, useRef, useState } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link, useSearchParams } from 'react-router';
import { CONTENT_LANGUAGE, LANG_PARAM } from '../../../i18n/i18n';
import { PageTitle } from '../../../components/page-title';
import { PracticeList } from '../../../components/practice-list/practice-list';
import { QueryError } from '../../../components/query-status';
import { SearchForm } from '../../../components/search-form';
import { paths } from '../../../lib/paths';
import {
  activeFilterCount,
  FACETS,
  facetValues,
  parseSearchParams,
  toggleFacet,
  toSearchParams,
  withoutFacets,
  type FacetParam,
  type SearchState,
} from '../../../lib/search-params';
import { useAllFacetValues } from '../api/facet-values.query';
import { searchArgs, useSearchPractices } from '../api/search-practices.query';
import { ActiveFilters } from './active-filters';
import { ExportButtons } from './export-buttons';
import { FacetPanel } from './facet-panel';
import { SortSelect } from './sort-select';

function useResultsStatus(loading: boolean, stale: boolean, total: number | undefined): string {
  const { t } = useTranslation();
  if (loading && total === undefined) return t('search.searching');
  if (stale) return t('search.updating');
  return total === undefined ? '' : t('search.found', { count: total });
}

/**
 * /practices: every control reads from and writes to the address, so reload, back, forward
 * and shared links all show the same view. Each change is a new history entry.
 */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const search = useSearchPractices(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const update = (next: SearchState) => {
    // flushSync: the checkbox or select that changed shows the new address at once, rather
    // than snapping back until a transition commits.
    const nextParams = toSearchParams(next);
    // The interface language stays in the address (see useLanguageInAddress).
    const lang = params.get(LANG_PARAM);
    if (lang) nextParams.set(LANG_PARAM, lang);
    setParams(nextParams, { preventScrollReset: true, flushSync: true });
  };
  const toggle = (param: FacetParam, value: string) => update(toggleFacet(state, param, value));
  const updateAndFocusResults = (next: SearchState) => {
    update(next);
    // The chip that was pressed is gone; continue from the results.
    resultsHeading.current?.focus();
  };

  const connection = search.connection;
  const [expanded, setExpanded] = useState<ReadonlySet<FacetParam>>(new Set());
  // The search lists each facet's first values; an expanded facet with more needs them all.
  const incomplete = new Set(
    FACETS.filter(
      ({ param, facet }) =>
        expanded.has(param) &&
        connection !== undefined &&
        connection.facets.valueCounts[facet] > connection.facets[facet].length,
    ).map(({ facet }) => facet),
  );
  const all = useAllFacetValues(state, incomplete);
  const expand = (param: FacetParam, open: boolean) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (open) next.add(param);
      else next.delete(param);
      return next;
    });

  const filterCount = activeFilterCount(state);
  const title = state.q ? t('search.titleWithQuery', { q: state.q }) : t('search.title');
  const status = useResultsStatus(search.loading, search.stale, connection?.totalCount);
  const suggestion = connection?.didYouMean;

  return (
    <div className="page search">
      <PageTitle title={title} description={t('search.description')} />
      <h1>{t('search.title')}</h1>
      <SearchForm key={state.q} defaultValue={state.q} onSearch={(q) => update({ ...state, q })} />

      <div className="search-layout">
        <aside className="filters" aria-labelledby="filters-title">
          <div className="filters__header">
            <h2 id="filters-title">{t('search.filtersTitle')}</h2>
            <button
              type="button"
              className="button filters__toggle"
              aria-expanded={filtersOpen}
              aria-controls="filter-panels"
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {filtersOpen ? t('search.hideFilters') : t('search.showFilters')}
              {filterCount > 0 && t('search.activeCount', { count: filterCount })}
            </button>
          </div>
          <div
            id="filter-panels"
            className={filtersOpen ? 'filters__panels is-open' : 'filters__panels'}
          >
            {FACETS.map(({ param, facet }) => (
              <FacetPanel
                key={param}
                param={param}
                label={t(`search.facet.${param}`)}
                options={
                  (expanded.has(param) ? all.facets?.[facet] : undefined) ??
                  connection?.facets[facet] ??
                  []
                }
                valueCount={connection?.facets.valueCounts[facet]}
                selected={facetValues(state, param)}
                expanded={expanded.has(param)}
                loadingAll={incomplete.has(facet) && all.loading}
                loadAllError={incomplete.has(facet) ? all.error : undefined}
                onRetryLoadAll={all.retry}
                onToggle={toggle}
                onExpandedChange={expand}
              />
            ))}
            {!connection && !search.error && <p className="muted">{t('search.loadingFilters')}</p>}
          </div>
        </aside>

        <section className="results" aria-labelledby="results-title" aria-busy={search.loading}>
          <div className="results__bar">
            <div>
              <h2 id="results-title" ref={resultsHeading} tabIndex={-1}>
                {t('search.results')}
              </h2>
              <p role="status" className="results__count">
                {status}
              </p>
            </div>
            <SortSelect state={state} onChange={update} />
          </div>
          {connection && connection.totalCount > 0 && (
            <ExportButtons args={searchArgs(state)} total={connection.totalCount} />
          )}
          <ActiveFilters
            state={state}
            facets={connection?.facets}
            onChange={updateAndFocusResults}
          />

          {search.error && (
            <QueryError
              what={t('search.theResults')}
              error={search.error}
              onRetry={() => void search.refetch()}
            />
          )}
          {connection && connection.totalCount === 0 && !search.loading && (
            <div className="empty">
              <p>
                <strong>
                  {state.q ? t('search.noMatchQuery', { q: state.q }) : t('search.noMatch')}
                </strong>
                {filterCount > 0 && t('search.withFilters')}.
              </p>
              {suggestion && (
                <p className="did-you-mean">
                  {t('search.didYouMean')}{' '}
                  <Link to={paths.search.to({ ...state, q: suggestion })} lang={CONTENT_LANGUAGE}>
                    <strong>{suggestion}</strong>
                  </Link>
                  ?
                </p>
              )}
              <p>{t('search.tryFewer')}</p>
              {filterCount > 0 && (
                <button
                  type="button"
                  className="button"
                  onClick={() => update(withoutFacets(state))}
                >
                  {t('search.clearAll')}
                </button>
              )}
            </div>
          )}
          {connection && connection.nodes.length > 0 && (
            <div className={search.stale ? 'is-stale' : undefined}>
              <PracticeList
                practices={connection.nodes}
                totalCount={connection.totalCount}
                hasNextPage={!search.stale && connection.pageInfo.hasNextPage}
                loadingMore={search.loadingMore}
                loadMoreError={search.loadMoreError}
                onLoadMore={search.loadMore}
                headingLevel={3}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
