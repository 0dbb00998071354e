import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { type EntryStatus, type Outcome } from '@gpa/shared';
import { OutcomeEnum } from '../../graphql/enums.js';
import { SUBMISSION_SORTS, type SubmissionSort } from './submission-list.service.js';
import { EntryStatusEnum } from './submission.types.js';

export const SubmissionSortEnum = Object.fromEntries(SUBMISSION_SORTS.map((s) => [s, s])) as {
  [K in SubmissionSort]: K;
};
registerEnumType(SubmissionSortEnum, {
  name: 'SubmissionSort',
  description: 'The column the entries table is sorted by.',
});

@InputType('SubmissionFilter', {
  description: 'The entries table filters: values OR-ed within one filter, filters AND-ed.',
})
export class SubmissionFilterInput {
  @Field(() => String, {
    nullable: true,
    description: 'Words in the title, institution, acronym or summary.',
  })
  search?: string | null;

  @Field(() => [EntryStatusEnum], { nullable: true, description: 'Entry statuses.' })
  statuses?: EntryStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO country codes.' })
  countryCodes?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Institution global ids.' })
  institutionIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Priority area global ids.' })
  priorityAreaIds?: string[] | null;

  @Field(() => [OutcomeEnum], { nullable: true, description: 'Decided outcomes.' })
  outcomes?: Outcome[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also (or only) entries without a decision.',
  })
  undecided?: boolean | null;
}
