import { FORM_SECTIONS } from '@gpa/shared';
import { type SubmissionFieldsFragment } from '../../../generated/graphql';
import { valuesFromSubmission, type FormValues } from '../form-values';

interface Difference {
  label: string;
  theirs: string;
  mine: string;
}

const lines = (list: string[]) => list.filter((t) => t.trim()).join('\n');
const figures = (v: FormValues) =>
  v.figures
    .map((f) =>
      [f.group, f.label, f.value, f.before && f.after ? `${f.before} → ${f.after}` : '', f.unit]
        .filter(Boolean)
        .join(' · '),
    )
    .join('\n');

export function differences(
  theirs: FormValues,
  mine: FormValues,
  names: { institutions: Map<string, string>; areas: Map<string, string> },
): Difference[] {
  const pairs: [string, string, string][] = [
    ['Title', theirs.title, mine.title],
    [
      'Institution',
      names.institutions.get(theirs.institutionId) ?? '',
      names.institutions.get(mine.institutionId) ?? '',
    ],
    ['Summary', theirs.summary, mine.summary],
    ['In operation since', theirs.inOperationSince, mine.inOperationSince],
    [
      'Priority areas',
      theirs.priorityAreaIds.map((id) => names.areas.get(id) ?? id).join('; '),
      mine.priorityAreaIds.map((id) => names.areas.get(id) ?? id).join('; '),
    ],
    ...FORM_SECTIONS.map(
      (s) => [s.heading, theirs.sections[s.key], mine.sections[s.key]] as [string, string, string],
    ),
    ['Success factors', lines(theirs.successFactors), lines(mine.successFactors)],
    ['Risks', lines(theirs.risks), lines(mine.risks)],
    ['Figures', figures(theirs), figures(mine)],
  ];
  return pairs
    .filter(([, a, b]) => a.trim() !== b.trim())
    .map(([label, a, b]) => ({ label, theirs: a, mine: b }));
}

/**
 * Someone else saved the entry while this user was editing it: their saved version is shown next
 * to what this user typed, field by field, and nothing is overwritten until the user chooses.
 */
export function ConflictCompare({
  current,
  mine,
  names,
  onKeepMine,
  onTakeTheirs,
}: {
  current: SubmissionFieldsFragment;
  mine: FormValues;
  names: { institutions: Map<string, string>; areas: Map<string, string> };
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  const diff = differences(valuesFromSubmission(current), mine, names);
  return (
    <section className="conflict" aria-labelledby="conflict-title" role="region">
      <h2 id="conflict-title">Someone else saved this entry while you were editing</h2>
      <p>
        Their version (version {current.version}) is on the left, your unsaved text on the right.
        Nothing has been overwritten. Copy what you need, then choose which version to keep.
      </p>
      {diff.length === 0 ? (
        <p>Both versions have the same content.</p>
      ) : (
        <table className="conflict__table">
          <caption className="visually-hidden">Differences between the two versions</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved by someone else</th>
              <th scope="col">Yours (not saved)</th>
            </tr>
          </thead>
          <tbody>
            {diff.map((d) => (
              <tr key={d.label}>
                <th scope="row">{d.label}</th>
                <td className="conflict__text">{d.theirs || '(empty)'}</td>
                <td className="conflict__text">{d.mine || '(empty)'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="button" onClick={onTakeTheirs}>
          Use their version
        </button>
      </div>
    </section>
  );
}
