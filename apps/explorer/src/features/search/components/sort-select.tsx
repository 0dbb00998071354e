import { type PracticeSort } from '@gpa/shared';
import { useId } from 'react';
import { defaultSort, effectiveSort, type SearchState } from '../../../lib/search-params';

const OPTIONS: { value: PracticeSort; label: string }[] = [
  { value: 'RELEVANCE', label: 'Best match' },
  { value: 'NEWEST', label: 'Newest first' },
  { value: 'TITLE', label: 'Title (A–Z)' },
];

export function SortSelect({
  state,
  onChange,
}: {
  state: SearchState;
  onChange: (next: SearchState) => void;
}) {
  const id = useId();
  return (
    <div className="sort">
      <label htmlFor={id}>Sort by</label>
      <select
        id={id}
        value={effectiveSort(state)}
        onChange={(event) => {
          const sort = event.target.value as PracticeSort;
          // The default order is left out of the address.
          onChange({ ...state, sort: sort === defaultSort(state) ? null : sort });
        }}
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value} disabled={o.value === 'RELEVANCE' && !state.q}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
