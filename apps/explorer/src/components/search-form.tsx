import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useNavigate } from 'react-router';
import { CONTENT_LANGUAGE } from '../i18n/i18n';
import { useSuggestions } from './search-box/suggest.query';

/**
 * The search box, with type-ahead as an ARIA 1.2 combobox: arrow keys move through the
 * suggestions, Enter opens the chosen one (or searches for the text), Escape closes the list.
 * Give it a `key` that changes with the address so that back and forward show the query of
 * the page being shown.
 */
export function SearchForm({
  defaultValue = '',
  onSearch,
  label,
  size = 'normal',
}: {
  defaultValue?: string;
  onSearch: (query: string) => void;
  label?: string;
  size?: 'normal' | 'large';
}) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-suggestions`;
  const navigate = useNavigate();
  const [text, setText] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const suggestions = useSuggestions(open ? text : '');
  const expanded = open && suggestions.length > 0;

  const choose = (index: number) => {
    const suggestion = suggestions[index];
    if (!suggestion) return;
    setOpen(false);
    void navigate(suggestion.url);
  };

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (expanded && active >= 0) return choose(active);
    setOpen(false);
    onSearch(text.trim());
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!expanded) {
        setOpen(true);
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 (the typed text, no option) sits between the last option and the first.
      setActive((i) => {
        const next = i + step;
        if (next >= suggestions.length) return -1;
        return next < -1 ? suggestions.length - 1 : next;
      });
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };
  const activeIndex = active >= suggestions.length ? -1 : active;

  return (
    <form role="search" className={`search-form search-form--${size}`} onSubmit={handleSubmit}>
      <label htmlFor={id}>{label ?? t('searchForm.label')}</label>
      <div className="search-form__row">
        <div className="combobox">
          <input
            id={id}
            name="q"
            type="search"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={
              expanded && activeIndex >= 0 ? `${listId}-${activeIndex}` : undefined
            }
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={handleKeyDown}
            onBlur={() => setOpen(false)}
            placeholder={t('searchForm.placeholder')}
            autoComplete="off"
            maxLength={500}
          />
          <ul
            id={listId}
            role="listbox"
            aria-label={t('searchForm.suggestions')}
            className="combobox__list"
            hidden={!expanded}
          >
            {expanded &&
              suggestions.map((s, i) => (
                <li
                  key={`${s.kind}:${s.slug}`}
                  id={`${listId}-${i}`}
                  role="option"
                  aria-selected={i === activeIndex}
                  className="combobox__option"
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(i);
                  }}
                >
                  <span className="combobox__label" lang={CONTENT_LANGUAGE}>
                    {s.label}
                  </span>
                  <span className="combobox__kind">{t(`searchForm.kind.${s.kind}`)}</span>
                </li>
              ))}
          </ul>
          <p className="visually-hidden" aria-live="polite">
            {expanded ? t('searchForm.suggestionsCount', { count: suggestions.length }) : ''}
          </p>
        </div>
        <button type="submit" className="button button--primary">
          {t('searchForm.submit')}
        </button>
      </div>
    </form>
  );
}
