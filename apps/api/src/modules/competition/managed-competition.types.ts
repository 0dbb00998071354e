import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type CompetitionStatus, type Outcome, type Region } from '@gpa/shared';
import { CompetitionStatusEnum, OutcomeEnum, RegionEnum } from '../../graphql/enums.js';

@ObjectType('ManagedCompetition', {
  description: 'A competition as the secretariat and its jury see it, whatever its status.',
})
export class ManagedCompetitionType {
  @Field(() => ID, { description: 'The same global id as the public Competition.' })
  id: string;

  localId: string;

  @Field(() => String, { description: 'Kebab-case of the title.' })
  slug: string;

  @Field(() => String, { description: 'e.g. "Asia and the Pacific 2018".' })
  title: string;

  @Field(() => RegionEnum, { description: 'The region.' })
  region: Region;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => CompetitionStatusEnum, { description: 'Where it is in its lifecycle.' })
  status: CompetitionStatus;

  @Field(() => Int, {
    description: 'Name this version when changing it; a concurrent change is refused (CONFLICT).',
  })
  version: number;

  @Field(() => Date, { nullable: true, description: 'When the results were published.' })
  publishedAt: Date | null;

  @Field(() => Int, { description: 'Submitted entries.' })
  entryCount: number;

  @Field(() => Int, { description: 'Entries with a decision.' })
  decidedCount: number;

  @Field(() => Int, { description: 'Entries still being written (not yet submitted).' })
  draftCount: number;

  @Field(() => Int, { description: 'Withdrawn entries (kept, never published).' })
  withdrawnCount: number;

  trienniumId: string;

  @Field(() => Int, { description: 'The first year of its triennium.' })
  trienniumStartYear: number;

  @Field(() => Int, { description: 'The last year of its triennium.' })
  trienniumEndYear: number;

  @Field(() => String, { nullable: true, description: 'The Regional Social Security Forum.' })
  forumName: string | null;

  @Field(() => String, { nullable: true, description: 'Where the forum takes place.' })
  forumPlace: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the forum, YYYY-MM-DD.' })
  forumDate: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day entries are accepted, YYYY-MM-DD.',
  })
  submissionDeadline: string | null;

  @Field(() => String, { description: 'The programme introduction of the results booklet.' })
  introduction: string;

  @Field(() => String, { description: "The booklet's paragraph on the jury." })
  juryIntroduction: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the full descriptions of the practices are published.',
  })
  portalNote: string | null;
}

@ObjectType('ManagedEntry', {
  description: "An entry as the competition's secretariat and jury see it.",
})
export class ManagedEntryType {
  @Field(() => ID, { description: 'The same global id as the public Practice.' })
  id: string;

  @Field(() => String, { description: 'Kebab-case of the title.' })
  slug: string;

  @Field(() => String, { description: 'The title.' })
  title: string;

  @Field(() => String, { description: 'DRAFT, SUBMITTED or WITHDRAWN.' })
  status: string;

  @Field(() => String, { description: 'The institution that entered it.' })
  institutionName: string;

  @Field(() => String, { description: "The institution's country (ISO code)." })
  countryCode: string;

  @Field(() => OutcomeEnum, { nullable: true, description: "The jury's decision, if recorded." })
  outcome: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: "The Jury's comment or special mention text.",
  })
  juryText: string | null;
}
