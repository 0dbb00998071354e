import { IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { type PracticeSort } from '@gpa/shared';
import { PracticeSortEnum } from '../../graphql/enums.js';
import { PracticeFilterInput } from './practice-filter.input.js';

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'How many items (default 20, at most 100).' })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Continue after this cursor.' })
  @IsOptional()
  @MaxLength(2000)
  after?: string | null;
}

@ArgsType()
export class PracticesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Web-style search over title, summary, institution and full text: quoted phrases, -word to exclude, "or" between alternatives. Title matches rank highest.',
  })
  @IsOptional()
  @MaxLength(500)
  query?: string | null;

  @Field(() => PracticeFilterInput, { nullable: true, description: 'Facet selections.' })
  @IsOptional()
  @ValidateNested()
  filter?: PracticeFilterInput | null;

  @Field(() => PracticeSortEnum, {
    nullable: true,
    description: 'The order; by default RELEVANCE with a query, NEWEST without.',
  })
  sort?: PracticeSort | null;
}
