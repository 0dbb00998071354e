import { useTranslation } from '../../../i18n/use-translation';
import { type SearchPracticesQuery } from '../../../generated/graphql';
import { i18n } from '../../../i18n/i18n';
import {
  EMPTY_SEARCH,
  FACETS,
  facetValues,
  toggleFacet,
  withoutFacets,
  type SearchState,
} from '../../../lib/search-params';
import { facetValueLabel } from './facet-labels';

type Facets = SearchPracticesQuery['practices']['facets'] | undefined;

interface Chip {
  key: string;
  group: string;
  label: string;
  without: SearchState;
}

function chipsFor(state: SearchState, facets: Facets): Chip[] {
  const chips: Chip[] = [];
  if (state.q)
    chips.push({
      key: 'q',
      group: i18n.t('search.chipSearch'),
      label: `“${state.q}”`,
      without: { ...state, q: '' },
    });
  for (const { param, facet } of FACETS) {
    for (const value of facetValues(state, param)) {
      const listed = facets?.[facet].find((v) => v.value === value);
      chips.push({
        key: `${param}=${value}`,
        group: i18n.t(`search.facet.${param}`),
        label: facetValueLabel(param, value, listed?.label),
        without: toggleFacet(state, param, value),
      });
    }
  }
  return chips;
}

/** The active search text and filters as removable chips. */
export function ActiveFilters({
  state,
  facets,
  onChange,
}: {
  state: SearchState;
  facets: Facets;
  onChange: (next: SearchState) => void;
}) {
  const { t } = useTranslation();
  const chips = chipsFor(state, facets);
  if (chips.length === 0) return null;
  const hasFacets = chips.some((c) => c.key !== 'q');
  return (
    <div className="active-filters">
      <h3 className="visually-hidden">{t('search.activeFilters')}</h3>
      <ul className="chips">
        {chips.map((chip) => (
          <li key={chip.key}>
            <button
              type="button"
              className="chip"
              aria-label={t('search.removeFilter', { group: chip.group, label: chip.label })}
              onClick={() => onChange(chip.without)}
            >
              <span>
                {chip.group}: {chip.label}
              </span>
              <span aria-hidden="true" className="chip__x">
                ×
              </span>
            </button>
          </li>
        ))}
      </ul>
      {chips.length > 1 && (
        <button
          type="button"
          className="link-button"
          onClick={() =>
            onChange(hasFacets ? withoutFacets(state) : { ...EMPTY_SEARCH, sort: state.sort })
          }
        >
          {hasFacets ? t('search.clearAll') : t('search.clearSearch')}
        </button>
      )}
    </div>
  );
}
