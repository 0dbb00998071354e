import { type ErrorLike } from '@apollo/client';
import { useId } from 'react';
import { QueryError } from '../../../components/query-status';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { formatCount } from '../../../lib/format';
import { type FacetParam } from '../../../lib/search-params';
import { FACET_VALUES_SHOWN as COLLAPSED_SIZE } from '../api/search-practices.query';
import { facetOptions, isContentFacet, type FacetOption } from './facet-labels';

/**
 * One facet as a group of checkboxes; long lists show their first values until expanded.
 * `options` may be only the first values (and the selected ones) of `valueCount` in all: the
 * page fetches the rest when the facet is expanded.
 */
export function FacetPanel({
  param,
  label,
  options: listed,
  valueCount = listed.length,
  selected,
  expanded,
  loadingAll = false,
  loadAllError,
  onRetryLoadAll,
  onToggle,
  onExpandedChange,
}: {
  param: FacetParam;
  label: string;
  options: readonly FacetOption[];
  valueCount?: number;
  selected: readonly string[];
  expanded: boolean;
  loadingAll?: boolean;
  loadAllError?: ErrorLike;
  onRetryLoadAll?: () => void;
  onToggle: (param: FacetParam, value: string) => void;
  onExpandedChange: (param: FacetParam, expanded: boolean) => void;
}) {
  const { t } = useTranslation();
  const listId = useId();
  const options = facetOptions(param, listed, selected);
  const optionLanguage = isContentFacet(param) ? CONTENT_LANGUAGE : undefined;
  if (options.length === 0) return null;
  // Selected values the API no longer lists are shown too (facetOptions adds them).
  const total = Math.max(valueCount, listed.length) + options.length - listed.length;
  const collapsible = total > COLLAPSED_SIZE;
  const visible =
    expanded || !collapsible
      ? options
      : options.filter((o, i) => i < COLLAPSED_SIZE || selected.includes(o.value));

  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <ul className="facet__list" id={listId} aria-busy={expanded && loadingAll}>
        {visible.map((option) => (
          <li key={option.value}>
            <label className="facet__option">
              <input
                type="checkbox"
                name={param}
                value={option.value}
                checked={selected.includes(option.value)}
                onChange={() => onToggle(param, option.value)}
              />
              <span className="facet__label" lang={optionLanguage}>
                {option.label}
              </span>
              <span className="facet__count">({formatCount(option.count)})</span>
            </label>
          </li>
        ))}
      </ul>
      {expanded && loadAllError && (
        <QueryError
          what={t('search.facetValues', { facet: label.toLowerCase() })}
          error={loadAllError}
          onRetry={onRetryLoadAll}
        />
      )}
      {collapsible && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => onExpandedChange(param, !expanded)}
        >
          {expanded ? t('search.showFewer') : t('search.showAll', { count: total })}
          <span className="visually-hidden">
            {' '}
            {t('search.facetValues', { facet: label.toLowerCase() })}
          </span>
        </button>
      )}
    </fieldset>
  );
}
