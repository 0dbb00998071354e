import { useId, useState } from 'react';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { formatCount } from '../../../lib/format';
import { type FacetParam } from '../../../lib/search-params';
import { facetOptions, isContentFacet, type FacetOption } from './facet-labels';

const COLLAPSED_SIZE = 8;

/** One facet as a group of checkboxes; long lists show their first values until expanded. */
export function FacetPanel({
  param,
  label,
  options: listed,
  selected,
  onToggle,
}: {
  param: FacetParam;
  label: string;
  options: readonly FacetOption[];
  selected: readonly string[];
  onToggle: (param: FacetParam, value: string) => void;
}) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const options = facetOptions(param, listed, selected);
  const optionLanguage = isContentFacet(param) ? CONTENT_LANGUAGE : undefined;
  if (options.length === 0) return null;
  const collapsible = options.length > COLLAPSED_SIZE;
  const visible =
    expanded || !collapsible
      ? options
      : options.filter((o, i) => i < COLLAPSED_SIZE || selected.includes(o.value));

  return (
    <fieldset className="facet">
      <legend>{label}</legend>
      <ul className="facet__list" id={listId}>
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
      {collapsible && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((e) => !e)}
        >
          {expanded ? t('search.showFewer') : t('search.showAll', { count: options.length })}
          <span className="visually-hidden">
            {' '}
            {t('search.facetValues', { facet: label.toLowerCase() })}
          </span>
        </button>
      )}
    </fieldset>
  );
}
