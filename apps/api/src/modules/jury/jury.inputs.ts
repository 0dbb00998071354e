import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { type Outcome } from '@gpa/shared';
import { OutcomeEnum } from '../../graphql/enums.js';
import { EntryProgressEnum } from './jury.types.js';
import { type EntryProgress } from './jury-workspace.service.js';

@InputType('JuryEntryFilter', { description: 'Narrows the entries list.' })
export class JuryEntryFilterInput {
  @Field(() => [EntryProgressEnum], { nullable: true })
  progress?: EntryProgress[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title, the institution or the country.',
  })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO code of the country.' })
  countryCode?: string | null;
}

@InputType('JuryScoreInput')
export class JuryScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: 'From 1 to 5.' })
  score: number;
}

@InputType('SaveJuryAssessmentInput')
export class SaveJuryAssessmentInput {
  @Field(() => ID, { description: 'The entry (global Practice id).' })
  practiceId: string;

  @Field(() => [JuryScoreInput])
  scores: JuryScoreInput[];

  @Field(() => OutcomeEnum, { nullable: true })
  proposedOutcome?: Outcome | null;

  @Field(() => String, { nullable: true, description: 'Private notes, seen by their author only.' })
  notes?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Submit it (every criterion scored and an outcome proposed); else saved as a draft.',
  })
  submit?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'The version read; null when creating.' })
  version?: number | null;
}

@InputType('RecordDecisionInput')
export class RecordDecisionInput {
  @Field(() => ID, { description: 'The entry (global Practice id).' })
  practiceId: string;

  @Field(() => OutcomeEnum)
  outcome: Outcome;

  @Field(() => String, {
    nullable: true,
    description: "The Jury's comment (Award) or the special mention text; required for those two.",
  })
  juryText?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version read; null when creating.' })
  version?: number | null;
}

@InputType('JuryCriterionInput')
export class JuryCriterionInput {
  @Field(() => ID, { nullable: true, description: 'An existing criterion; null for a new one.' })
  id?: string | null;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Float)
  weight: number;
}
