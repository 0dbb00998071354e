import { type ReactNode } from 'react';

/** A labelled control with its hint, live word count and inline error, wired for screen readers. */
export function Field({
  id,
  label,
  hint,
  count,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  count?: { words: number; max?: number };
  error?: string;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}) {
  const ids = [
    hint ? `${id}-hint` : null,
    count ? `${id}-count` : null,
    error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const over = count?.max != null && count.words > count.max;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children(ids || undefined, !!error)}
      {count && <WordCount id={`${id}-count`} words={count.words} max={count.max} over={over} />}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function WordCount({
  id,
  words,
  max,
  over,
}: {
  id: string;
  words: number;
  max?: number;
  over?: boolean;
}) {
  return (
    <p className={over ? 'word-count word-count--over' : 'word-count'} id={id}>
      {max != null
        ? `${words.toLocaleString('en')} of ${max.toLocaleString('en')} words`
        : `${words.toLocaleString('en')} ${words === 1 ? 'word' : 'words'}`}
      {over ? ` — ${(words - max!).toLocaleString('en')} too many` : ''}
    </p>
  );
}
