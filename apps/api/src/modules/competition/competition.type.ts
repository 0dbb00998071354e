import { Field, ID, Int, ObjectType } from 'type-graphql';
import { type Region } from '@gpa/shared';
import { RegionEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.interface.js';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

@ObjectType('Competition', {
  ...PUBLIC_TYPE,
  implements: Node,
  description:
    "One region's competition in one year of a triennium, presented at that region's Regional Social Security Forum. Only published competitions are visible.",
})
export class CompetitionType implements Node {
  readonly __typename = 'Competition';

  @Field(() => ID, { description: 'The global id.' })
  id: string;

  localId: string;

  @Field(() => String, {
    description: 'Kebab-case of the title, e.g. "asia-and-the-pacific-2018".',
  })
  slug: string;

  @Field(() => RegionEnum, { description: 'The region of the competition.' })
  region: Region;

  @Field(() => Int, { description: 'The year of the forum at which the results were presented.' })
  year: number;

  @Field(() => String, { description: 'e.g. "Asia and the Pacific 2018".' })
  title: string;

  @Field(() => String, { description: 'The triennium, e.g. "2017–2019".' })
  triennium: string;

  @Field(() => String, {
    nullable: true,
    description: 'The forum at which the results were presented.',
  })
  forumName: string | null;

  @Field(() => String, { nullable: true, description: 'Where the forum took place.' })
  forumPlace: string | null;

  @Field(() => String, { nullable: true, description: 'The date of the forum (ISO 8601).' })
  forumDate: string | null;

  @Field(() => String, {
    description: 'The programme introduction printed in the results booklet.',
  })
  introduction: string;

  @Field(() => String, { description: "The booklet's paragraph on the composition of the jury." })
  juryIntroduction: string;

  @Field(() => String, {
    nullable: true,
    description: 'Where the full descriptions of the practices are published.',
  })
  portalNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When the results were published.' })
  publishedAt: Date | null;

  trienniumId: string;
}

@ObjectType('JuryMember', {
  ...PUBLIC_TYPE,
  description: "A seat on a competition's jury, as the programme describes it.",
})
export class JuryMemberType {
  @Field(() => String, {
    description:
      'The public description, e.g. "Chairperson of the Editorial Board of the International Social Security Review".',
  })
  description: string;

  @Field(() => String, {
    nullable: true,
    description: 'The member’s name, where the programme publishes it.',
  })
  name: string | null;

  @Field(() => Boolean, { description: 'Whether this member chairs the jury.' })
  isChair: boolean;

  competitionId: string;
}

@ObjectType('CompetitionStats', {
  ...PUBLIC_TYPE,
  description: "A competition's numbers, computed from its published entries.",
})
export class CompetitionStatsType {
  @Field(() => Int, { description: 'Number of entries.' })
  entries: number;

  @Field(() => Int, { description: 'Number of institutions (organizations) that entered.' })
  institutions: number;

  @Field(() => Int, { description: 'Number of countries those institutions are in.' })
  countries: number;

  @Field(() => Int, { description: 'Number of Awards (one per competition).' })
  awards: number;

  @Field(() => Int, { description: 'Certificates of Merit, with and without special mention.' })
  certificatesOfMerit: number;

  @Field(() => Int, { description: 'Certificates of Merit with Special Mention from the Jury.' })
  specialMentions: number;

  @Field(() => Int, { description: 'Number of Attestations.' })
  attestations: number;
}
