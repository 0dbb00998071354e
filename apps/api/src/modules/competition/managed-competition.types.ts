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
