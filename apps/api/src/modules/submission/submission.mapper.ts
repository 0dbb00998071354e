import { SECTION_KEYS, type EntryInput, type SectionKey } from '@gpa/shared';
import { userInputError } from '../../graphql/errors.js';
import { fromGlobalId, toGlobalId } from '../../graphql/node-id.js';
import { type SubmissionRecord } from './submission.repository.js';
import {
  SubmissionFigureType,
  SubmissionSectionType,
  SubmissionType,
  type SubmissionInput,
} from './submission.types.js';

/** A stored entry as the API shows it, with global ids (also the `current` of a CONFLICT). */
export function toSubmission(r: SubmissionRecord): SubmissionType {
  return Object.assign(new SubmissionType(), {
    id: toGlobalId('Practice', r.id),
    competitionId: toGlobalId('Competition', r.competitionId),
    competitionTitle: r.competitionTitle,
    competitionStatus: r.competitionStatus,
    title: r.title,
    institutionId: toGlobalId('Institution', r.institutionId),
    institutionName: r.institutionName,
    countryCode: r.countryCode,
    summary: r.summary,
    inOperationSince: r.inOperationSince,
    priorityAreaIds: r.priorityAreaIds.map((id) => toGlobalId('PriorityArea', id)),
    sections: SECTION_KEYS.filter((k) => r.sections[k] != null).map((key) =>
      Object.assign(new SubmissionSectionType(), { key, body: r.sections[key] }),
    ),
    successFactors: r.successFactors,
    risks: r.risks,
    figures: r.figures.map((f) =>
      Object.assign(new SubmissionFigureType(), {
        group: f.group ?? null,
        label: f.label,
        value: f.value ?? null,
        before: f.before ?? null,
        after: f.after ?? null,
        unit: f.unit ?? null,
      }),
    ),
    status: r.status,
    version: r.version,
    updatedAt: r.updatedAt,
  });
}

function localId(
  globalId: string,
  type: 'Institution' | 'PriorityArea',
  field: string,
  message: string,
) {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw userInputError(message, field);
  return parsed.id;
}

/** The API's input as the form's fields with local ids; malformed ids are the caller's error. */
export function fromSubmissionInput(input: SubmissionInput): EntryInput {
  const sections: Partial<Record<SectionKey, string>> = {};
  for (const s of input.sections) {
    if (!(SECTION_KEYS as readonly string[]).includes(s.key))
      throw userInputError(`"${s.key}" is not a section of the form.`, 'sections');
    sections[s.key as SectionKey] = s.body;
  }
  return {
    title: input.title,
    institutionId: input.institutionId
      ? localId(
          input.institutionId,
          'Institution',
          'institutionId',
          'Choose an existing institution.',
        )
      : null,
    summary: input.summary ?? '',
    inOperationSince: input.inOperationSince ?? null,
    priorityAreaIds: input.priorityAreaIds.map((id) =>
      localId(
        id,
        'PriorityArea',
        'priorityAreaIds',
        "Choose priority areas from the competition's list.",
      ),
    ),
    sections,
    successFactors: input.successFactors,
    risks: input.risks,
    figures: input.figures.map((f) => ({
      group: f.group ?? null,
      label: f.label,
      value: f.value ?? null,
      before: f.before ?? null,
      after: f.after ?? null,
      unit: f.unit ?? null,
    })),
  };
}
