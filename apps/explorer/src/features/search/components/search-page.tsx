import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../components/page-title';
import { PracticeList } from '../../../components/practice-list/practice-list';
import { QueryError } from '../../../components/query-status';
import { SearchForm } from '../../../components/search-form';
import { pluralize } from '../../../lib/format';
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
import { useSearchPractices } from '../api/search-practices.query';
import { ActiveFilters } from './active-filters';
import { FacetPanel } from './facet-panel';
import { SortSelect } from './sort-select';

function resultsStatus(loading: boolean, stale: boolean, total: number | undefined): string {
  if (loading && total === undefined) return 'Searching…';
  if (stale) return 'Updating the results…';
  return total === undefined ? '' : `${pluralize(total, 'practice')} found`;
}

/**
 * /practices: every control reads from and writes to the address, so reload, back, forward
 * and shared links all show the same view. Each change is a new history entry.
 */
export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearchParams(params), [params]);
  const search = useSearchPractices(state);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const update = (next: SearchState) => {
    // flushSync: the checkbox or select that changed shows the new address at once, rather
    // than snapping back until a transition commits.
    setParams(toSearchParams(next), { preventScrollReset: true, flushSync: true });
  };
  const toggle = (param: FacetParam, value: string) => update(toggleFacet(state, param, value));
  const updateAndFocusResults = (next: SearchState) => {
    update(next);
    // The chip that was pressed is gone; continue from the results.
    resultsHeading.current?.focus();
  };

  const connection = search.connection;
  const filterCount = activeFilterCount(state);
  const title = state.q ? `Search: ${state.q}` : 'Search good practices';

  return (
    <div className="page search">
      <PageTitle title={title} />
      <h1>Search good practices</h1>
      <SearchForm key={state.q} defaultValue={state.q} onSearch={(q) => update({ ...state, q })} />

      <div className="search-layout">
        <aside className="filters" aria-labelledby="filters-title">
          <div className="filters__header">
            <h2 id="filters-title">Filter results</h2>
            <button
              type="button"
              className="button filters__toggle"
              aria-expanded={filtersOpen}
              aria-controls="filter-panels"
              onClick={() => setFiltersOpen((open) => !open)}
            >
              {filtersOpen ? 'Hide filters' : 'Show filters'}
              {filterCount > 0 && ` (${filterCount} active)`}
            </button>
          </div>
          <div
            id="filter-panels"
            className={filtersOpen ? 'filters__panels is-open' : 'filters__panels'}
          >
            {FACETS.map(({ param, facet, label }) => (
              <FacetPanel
                key={param}
                param={param}
                label={label}
                options={connection?.facets[facet] ?? []}
                selected={facetValues(state, param)}
                onToggle={toggle}
              />
            ))}
            {!connection && !search.error && <p className="muted">Loading filters…</p>}
          </div>
        </aside>

        <section className="results" aria-labelledby="results-title" aria-busy={search.loading}>
          <div className="results__bar">
            <div>
              <h2 id="results-title" ref={resultsHeading} tabIndex={-1}>
                Results
              </h2>
              <p role="status" className="results__count">
                {resultsStatus(search.loading, search.stale, connection?.totalCount)}
              </p>
            </div>
            <SortSelect state={state} onChange={update} />
          </div>
          <ActiveFilters
            state={state}
            facets={connection?.facets}
            onChange={updateAndFocusResults}
          />

          {search.error && (
            <QueryError
              what="the search results"
              error={search.error}
              onRetry={() => void search.refetch()}
            />
          )}
          {connection && connection.totalCount === 0 && !search.loading && (
            <div className="empty">
              <p>
                <strong>No practices match {state.q ? `“${state.q}”` : 'this search'}</strong>
                {filterCount > 0 && ' with these filters'}.
              </p>
              <p>Try fewer or different words, or remove a filter.</p>
              {filterCount > 0 && (
                <button
                  type="button"
                  className="button"
                  onClick={() => update(withoutFacets(state))}
                >
                  Clear all filters
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
