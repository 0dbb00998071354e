import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  ENTRY_STATUSES,
  SECTION_KEYS,
  type CompetitionStatus,
  type EntryStatus,
  type Outcome,
  type SectionKey,
} from '@gpa/shared';
import { CompetitionStatusEnum, OutcomeEnum } from '../../graphql/enums.js';

export const EntryStatusEnum = Object.fromEntries(ENTRY_STATUSES.map((s) => [s, s])) as {
  [K in EntryStatus]: K;
};
registerEnumType(EntryStatusEnum, {
  name: 'EntryStatus',
  description: "An entry's own state, independent of its competition's.",
  valuesConfig: {
    DRAFT: { description: 'Being written; saved automatically, checked loosely.' },
    SUBMITTED: { description: 'Entered in the competition; every rule of the form applies.' },
    WITHDRAWN: { description: 'Withdrawn: kept, never judged or published, restorable.' },
  },
});

@ObjectType('SubmissionSection', { description: 'The answer to one question of the form.' })
export class SubmissionSectionType {
  @Field(() => String, { description: `One of ${SECTION_KEYS.join(', ')}.` })
  key: SectionKey;

  @Field(() => String, { description: 'The answer.' })
  body: string;
}

@ObjectType('SubmissionFigure', {
  description: 'A row of the table of figures under "Evaluating the results".',
})
export class SubmissionFigureType {
  @Field(() => String, { nullable: true, description: 'The indicator group.' })
  group: string | null;

  @Field(() => String, { description: 'What is measured.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'A value as written ("97 per cent").' })
  value: string | null;

  @Field(() => Float, { nullable: true, description: 'The figure before.' })
  before: number | null;

  @Field(() => Float, { nullable: true, description: 'The figure after.' })
  after: number | null;

  @Field(() => String, { nullable: true, description: 'The unit of before and after.' })
  unit: string | null;
}

@ObjectType('Submission', {
  description: 'An entry with every field of the form, as the secretariat edits it.',
})
export class SubmissionType {
  @Field(() => ID, { description: 'The same global id as the public Practice.' })
  id: string;

  @Field(() => ID, { description: "The competition's global id." })
  competitionId: string;

  @Field(() => String, { description: "The competition's title." })
  competitionTitle: string;

  @Field(() => CompetitionStatusEnum, { description: "The competition's status." })
  competitionStatus: CompetitionStatus;

  @Field(() => String, { description: 'The title.' })
  title: string;

  @Field(() => ID, { description: "The institution's global id." })
  institutionId: string;

  @Field(() => String, { description: "The institution's name." })
  institutionName: string;

  @Field(() => String, { description: "The institution's country (ISO code)." })
  countryCode: string;

  @Field(() => String, { description: 'The summary (at most 180 words).' })
  summary: string;

  @Field(() => Int, { nullable: true, description: 'The year the practice started.' })
  inOperationSince: number | null;

  @Field(() => [ID], { description: 'Global ids of its 1 to 3 priority areas, in order.' })
  priorityAreaIds: string[];

  @Field(() => [SubmissionSectionType], { description: 'The answered sections, in form order.' })
  sections: SubmissionSectionType[];

  @Field(() => [String], { description: 'Up to three success factors.' })
  successFactors: string[];

  @Field(() => [String], { description: 'Up to three risks.' })
  risks: string[];

  @Field(() => [SubmissionFigureType], { description: 'The table of figures.' })
  figures: SubmissionFigureType[];

  @Field(() => EntryStatusEnum, { description: 'DRAFT, SUBMITTED or WITHDRAWN.' })
  status: EntryStatus;

  @Field(() => Int, {
    description:
      'Name this version when saving; a save based on an older one is refused (CONFLICT).',
  })
  version: number;

  @Field(() => Date, { description: 'When it was last saved.' })
  updatedAt: Date;
}

@InputType('SubmissionSectionInput', { description: 'The answer to one question of the form.' })
export class SubmissionSectionInput {
  @Field(() => String, { description: `One of ${SECTION_KEYS.join(', ')}.` })
  key: string;

  @Field(() => String, { description: 'The answer (empty to clear it).' })
  body: string;
}

@InputType('SubmissionFigureInput', { description: 'A row of the table of figures.' })
export class SubmissionFigureInput {
  @Field(() => String, { nullable: true, description: 'The indicator group.' })
  group?: string | null;

  @Field(() => String, { description: 'What is measured.' })
  label: string;

  @Field(() => String, { nullable: true, description: 'A value as written.' })
  value?: string | null;

  @Field(() => Float, { nullable: true, description: 'The figure before.' })
  before?: number | null;

  @Field(() => Float, { nullable: true, description: 'The figure after.' })
  after?: number | null;

  @Field(() => String, { nullable: true, description: 'The unit.' })
  unit?: string | null;
}

@InputType('SubmissionInput', {
  description:
    'Every field of the form. The limits are those of @gpa/shared validateEntry: a draft is checked loosely, a submitted entry fully.',
})
export class SubmissionInput {
  @Field(() => String, { description: 'The title.' })
  title: string;

  @Field(() => ID, { description: "The institution's global id." })
  institutionId: string;

  @Field(() => String, { defaultValue: '', description: 'The summary.' })
  summary: string;

  @Field(() => Int, { nullable: true, description: 'The year the practice started.' })
  inOperationSince?: number | null;

  @Field(() => [ID], { defaultValue: [], description: 'Global ids of 1 to 3 priority areas.' })
  priorityAreaIds: string[];

  @Field(() => [SubmissionSectionInput], { defaultValue: [], description: 'The answers.' })
  sections: SubmissionSectionInput[];

  @Field(() => [String], { defaultValue: [], description: 'Up to three success factors.' })
  successFactors: string[];

  @Field(() => [String], { defaultValue: [], description: 'Up to three risks.' })
  risks: string[];

  @Field(() => [SubmissionFigureInput], { defaultValue: [], description: 'The table of figures.' })
  figures: SubmissionFigureInput[];
}

@ObjectType('SubmissionOption', { description: 'A choice offered by the form or the table.' })
export class SubmissionOptionType {
  @Field(() => ID, { description: 'Global id (institutions, priority areas) or ISO code.' })
  id: string;

  @Field(() => String, { description: 'What the user reads.' })
  label: string;

  @Field(() => String, { nullable: true, description: "An institution's country (ISO code)." })
  countryCode: string | null;
}

@ObjectType('SubmissionFormOptions', {
  description: "What the form and the entries table need to know about a competition's choices.",
})
export class SubmissionFormOptionsType {
  @Field(() => ID, { description: "The competition's global id." })
  competitionId: string;

  @Field(() => String, { description: "The competition's title." })
  competitionTitle: string;

  @Field(() => CompetitionStatusEnum, { description: 'Entries are accepted while OPEN.' })
  competitionStatus: CompetitionStatus;

  @Field(() => [SubmissionOptionType], { description: "The competition's priority areas." })
  priorityAreas: SubmissionOptionType[];

  @Field(() => [SubmissionOptionType], { description: 'Every institution, by name.' })
  institutions: SubmissionOptionType[];

  @Field(() => [SubmissionOptionType], { description: 'Countries with entries in it.' })
  countries: SubmissionOptionType[];
}

@ObjectType('SubmissionRow', { description: 'One line of the entries table.' })
export class SubmissionRowType {
  @Field(() => ID, { description: 'The same global id as the public Practice.' })
  id: string;

  @Field(() => String, { description: 'The title.' })
  title: string;

  @Field(() => EntryStatusEnum, { description: 'DRAFT, SUBMITTED or WITHDRAWN.' })
  status: EntryStatus;

  @Field(() => String, { description: "The institution's name." })
  institutionName: string;

  @Field(() => String, { description: "The institution's country (ISO code)." })
  countryCode: string;

  @Field(() => String, { description: "The country's name." })
  countryName: string;

  @Field(() => [String], { description: 'Its priority areas, by name, in order.' })
  priorityAreas: string[];

  @Field(() => OutcomeEnum, { nullable: true, description: "The jury's decision, if recorded." })
  outcome: Outcome | null;

  @Field(() => Int, { nullable: true, description: 'In operation since.' })
  inOperationSince: number | null;

  @Field(() => Int, { description: 'Words in all (the limit is 1,500).' })
  words: number;

  @Field(() => Int, { description: 'Its version.' })
  version: number;

  @Field(() => Date, { description: 'Last saved.' })
  updatedAt: Date;
}

@ObjectType('SubmissionPage', { description: 'A page of the entries table.' })
export class SubmissionPageType {
  @Field(() => [SubmissionRowType], { description: 'The rows of this page.' })
  nodes: SubmissionRowType[];

  @Field(() => Int, { description: 'Rows matching the filter, on every page.' })
  totalCount: number;

  @Field(() => Int, { description: 'Rows skipped before this page.' })
  offset: number;
}
