import { Field, ID, InputType, Int } from 'type-graphql';
import { type Region } from '@gpa/shared';
import { RegionEnum } from '../../graphql/enums.js';

@InputType('CompetitionInput', {
  description:
    'The settings of a competition. Region and year make its title ("Asia and the Pacific 2018") and address.',
})
export class CompetitionInput {
  @Field(() => RegionEnum, { description: 'The region.' })
  region: Region;

  @Field(() => Int, { description: 'The year of the forum at which the results are presented.' })
  year: number;

  @Field(() => Int, {
    description:
      'The first year of the triennium (2017 for 2017–2019); the year must fall within it. A new triennium is created when none starts that year.',
  })
  trienniumStartYear: number;

  @Field(() => [ID], {
    description:
      "The triennium's priority areas (global PriorityArea ids), in the programme's order. Fixed once a competition of the triennium is being judged.",
  })
  priorityAreaIds: string[];

  @Field(() => String, { nullable: true, description: 'The Regional Social Security Forum.' })
  forumName?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the forum takes place.' })
  forumPlace?: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the forum, YYYY-MM-DD.' })
  forumDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day entries are accepted, YYYY-MM-DD.',
  })
  submissionDeadline?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The programme introduction printed in the results booklet.',
  })
  introduction?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The booklet's paragraph on the composition of the jury.",
  })
  juryIntroduction?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the full descriptions of the practices are published.',
  })
  portalNote?: string | null;
}
