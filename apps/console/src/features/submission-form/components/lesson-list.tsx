import { type FormValues } from '../form-values';

/** Up to three success factors or risks, one text field each, with add and remove buttons. */
export function LessonList({
  kind,
  legend,
  noun,
  max,
  items,
  onChange,
  errorFor,
  onBlur,
}: {
  kind: 'successFactors' | 'risks';
  legend: string;
  noun: string;
  max: number;
  items: FormValues['successFactors'];
  onChange: (items: string[]) => void;
  errorFor: (field: string) => string | undefined;
  onBlur: () => void;
}) {
  const listError = errorFor(kind);
  return (
    <fieldset className="lesson-list" aria-describedby={listError ? `${kind}-error` : undefined}>
      <legend>{legend}</legend>
      {items.map((text, i) => {
        const id = `entry-${kind}-${i}`;
        const error = errorFor(`${kind}.${i}`);
        return (
          <div className="field lesson-list__item" key={i}>
            <label htmlFor={id}>
              {noun} {i + 1}
            </label>
            <div className="lesson-list__row">
              <input
                id={id}
                value={text}
                onChange={(e) => onChange(items.map((t, j) => (j === i ? e.target.value : t)))}
                onBlur={onBlur}
                aria-describedby={error ? `${id}-error` : undefined}
                aria-invalid={error ? true : undefined}
              />
              <button
                type="button"
                className="link-button"
                onClick={() => onChange(items.filter((_, j) => j !== i))}
              >
                Remove {noun.toLowerCase()} {i + 1}
              </button>
            </div>
            {error && (
              <p className="field-error" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
      {items.length < max && (
        <button type="button" className="button" onClick={() => onChange([...items, ''])}>
          Add a {noun.toLowerCase()}
        </button>
      )}
      {listError && (
        <p className="field-error" id={`${kind}-error`}>
          {listError}
        </p>
      )}
    </fieldset>
  );
}
