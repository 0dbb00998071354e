import { EMPTY_FIGURE, type FigureValues } from '../form-values';

const COLUMNS: { key: keyof FigureValues; label: string; numeric?: boolean }[] = [
  { key: 'group', label: 'Group' },
  { key: 'label', label: 'What is measured' },
  { key: 'value', label: 'Value' },
  { key: 'before', label: 'Before', numeric: true },
  { key: 'after', label: 'After', numeric: true },
  { key: 'unit', label: 'Unit' },
];

/** The table of figures under "Evaluating the results": a value, or a before/after pair. */
export function FiguresTable({
  figures,
  onChange,
  errorFor,
}: {
  figures: FigureValues[];
  onChange: (figures: FigureValues[]) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const set = (i: number, key: keyof FigureValues, value: string) =>
    onChange(figures.map((f, j) => (j === i ? { ...f, [key]: value } : f)));
  return (
    <fieldset className="figures">
      <legend>Table of figures</legend>
      <p className="hint">
        One row per indicator: give a value as written (“97 per cent”), or a before and an after
        figure.
      </p>
      {figures.length > 0 && (
        <div className="table-frame" role="region" aria-label="Figures" tabIndex={0}>
          <table>
            <caption className="visually-hidden">Figures</caption>
            <thead>
              <tr>
                {COLUMNS.map((c) => (
                  <th key={c.key} scope="col">
                    {c.label}
                  </th>
                ))}
                <th scope="col">
                  <span className="visually-hidden">Remove</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.map((f, i) => (
                <tr key={i}>
                  {COLUMNS.map((c) => {
                    const id = `entry-figure-${i}-${c.key}`;
                    const error = errorFor(`figures.${i}.${c.key}`);
                    return (
                      <td key={c.key}>
                        <input
                          id={id}
                          aria-label={`Figure ${i + 1}: ${c.label}`}
                          inputMode={c.numeric ? 'decimal' : undefined}
                          value={f[c.key]}
                          onChange={(e) => set(i, c.key, e.target.value)}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? `${id}-error` : undefined}
                        />
                        {error && (
                          <p className="field-error" id={`${id}-error`}>
                            {error}
                          </p>
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChange(figures.filter((_, j) => j !== i))}
                    >
                      Remove figure {i + 1}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <button
        type="button"
        id="entry-figures-add"
        className="button"
        onClick={() => onChange([...figures, { ...EMPTY_FIGURE }])}
      >
        Add a figure
      </button>
    </fieldset>
  );
}
