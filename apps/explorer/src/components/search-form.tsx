import { useId, type FormEvent } from 'react';

/**
 * The search box. It is uncontrolled: give it a `key` that changes with the address so that
 * back and forward show the query of the page being shown.
 */
export function SearchForm({
  defaultValue = '',
  onSearch,
  label = 'Search good practices',
  size = 'normal',
}: {
  defaultValue?: string;
  onSearch: (query: string) => void;
  label?: string;
  size?: 'normal' | 'large';
}) {
  const id = useId();
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    onSearch(typeof value === 'string' ? value.trim() : '');
  };
  return (
    <form role="search" className={`search-form search-form--${size}`} onSubmit={handleSubmit}>
      <label htmlFor={id}>{label}</label>
      <div className="search-form__row">
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={defaultValue}
          placeholder="e.g. e-services, coverage extension, “return to work”"
          autoComplete="off"
          maxLength={500}
        />
        <button type="submit" className="button button--primary">
          Search
        </button>
      </div>
    </form>
  );
}
