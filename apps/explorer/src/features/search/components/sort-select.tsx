import { type PracticeSort } from '@gpa/shared';
import { useId } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { defaultSort, effectiveSort, type SearchState } from '../../../lib/search-params';

const OPTIONS: readonly PracticeSort[] = ['RELEVANCE', 'NEWEST', 'TITLE'];

export function SortSelect({
  state,
  onChange,
}: {
  state: SearchState;
  onChange: (next: SearchState) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sort">
      <label htmlFor={id}>{t('search.sortBy')}</label>
      <select
        id={id}
        value={effectiveSort(state)}
        onChange={(event) => {
          const sort = event.target.value as PracticeSort;
          // The default order is left out of the address.
          onChange({ ...state, sort: sort === defaultSort(state) ? null : sort });
        }}
      >
        {OPTIONS.map((value) => (
          <option key={value} value={value} disabled={value === 'RELEVANCE' && !state.q}>
            {t(`search.sort.${value}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
