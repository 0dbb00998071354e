import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { type Outcome, type Region } from '@gpa/shared';
import { OutcomeEnum, RegionEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.interface.js';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

@ObjectType('Practice', {
  ...PUBLIC_TYPE,
  implements: Node,
  description:
    'A good practice: an entry submitted by one institution to one competition, with the jury’s outcome once the competition is published.',
})
export class PracticeType implements Node {
  readonly __typename = 'Practice';

  @Field(() => ID, { description: 'The global id.' })
  id: string;

  localId: string;

  @Field(() => String, {
    description: 'Kebab-case of the title (a numeric suffix where two collide).',
  })
  slug: string;

  @Field(() => String, { description: 'The title as submitted.' })
  title: string;

  @Field(() => RegionEnum, { description: 'The region of its competition.' })
  region: Region;

  @Field(() => Int, { description: 'The year of its competition.' })
  year: number;

  @Field(() => OutcomeEnum, {
    nullable: true,
    description: "The jury's decision; null until the competition is published.",
  })
  outcome: Outcome | null;

  @Field(() => String, {
    nullable: true,
    description: "The Jury's comment (Award) or the special mention text; null for other outcomes.",
  })
  juryComment: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The summary, as plain text: paragraphs separated by a blank line, "- " bullets.',
  })
  summary: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The year the practice has been in operation since.',
  })
  inOperationSince: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'With a search query: a short snippet of the summary with the matched words marked as <mark>…</mark>. Null without a query.',
  })
  highlight: string | null;

  institutionId: string;
  countryId: string;
  competitionId: string;
}

@ObjectType('PracticeSection', {
  ...PUBLIC_TYPE,
  description: "One section of the submission form, in the form's order.",
})
export class PracticeSectionType {
  @Field(() => String, {
    description: 'Stable key: issue, approach, targets, evaluation or lessons.',
  })
  key: string;

  @Field(() => String, { description: 'The heading, e.g. "The issue or challenge".' })
  heading: string;

  @Field(() => String, { description: 'The question the form asks under that heading.' })
  prompt: string;

  @Field(() => String, {
    description:
      'The answer, as plain text: paragraphs separated by a blank line, "- " bullets indented two spaces per level.',
  })
  body: string;
}

@ObjectType('PracticeFigure', {
  ...PUBLIC_TYPE,
  description:
    'A result figure from "Evaluating the results": a value as written, or a before/after pair.',
})
export class PracticeFigureType {
  @Field(() => String, {
    nullable: true,
    description: 'The indicator group, e.g. "Electronic inspection".',
  })
  group: string | null;

  @Field(() => String, { description: 'What is measured, e.g. "Number of inspections".' })
  label: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value as written, e.g. "97 per cent based on the system inquiry".',
  })
  value: string | null;

  @Field(() => Float, { nullable: true, description: 'The value before the practice.' })
  before: number | null;

  @Field(() => Float, { nullable: true, description: 'The value after the practice.' })
  after: number | null;

  @Field(() => String, { nullable: true, description: 'The unit of before and after, e.g. "min".' })
  unit: string | null;
}
