import { ArrayMaxSize, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { type Outcome, type Region } from '@gpa/shared';
import { OutcomeEnum, RegionEnum } from '../../graphql/enums.js';

@InputType('PracticeFilter', {
  description: 'Narrows a list of practices. Values within one field are OR-ed; fields are AND-ed.',
})
export class PracticeFilterInput {
  @Field(() => [RegionEnum], { nullable: true, description: 'Any of these regions.' })
  @IsOptional()
  @ArrayMaxSize(10)
  regions?: Region[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Any of these countries (ISO 3166-1 alpha-2 codes).',
  })
  @IsOptional()
  @ArrayMaxSize(300)
  @Matches(/^[A-Za-z]{2}$/, { each: true, message: 'countryCodes must be two-letter ISO codes' })
  countryCodes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these institutions (slugs).' })
  @IsOptional()
  @ArrayMaxSize(300)
  @Length(1, 200, { each: true })
  institutionSlugs?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these priority areas (slugs).' })
  @IsOptional()
  @ArrayMaxSize(100)
  @Length(1, 200, { each: true })
  priorityAreaSlugs?: string[] | null;

  @Field(() => [OutcomeEnum], { nullable: true, description: 'Any of these outcomes.' })
  @IsOptional()
  @ArrayMaxSize(10)
  outcomes?: Outcome[] | null;

  @Field(() => [Int], { nullable: true, description: 'Any of these competition years.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @Min(1900, { each: true })
  @Max(2200, { each: true })
  years?: number[] | null;
}
