import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

export const SUGGESTION_KINDS = ['PRACTICE', 'INSTITUTION', 'COUNTRY', 'PRIORITY_AREA'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];
export const SuggestionKindEnum = Object.fromEntries(SUGGESTION_KINDS.map((k) => [k, k])) as {
  [K in SuggestionKind]: K;
};

registerEnumType(SuggestionKindEnum, {
  name: 'SuggestionKind',
  description: 'What a type-ahead suggestion leads to.',
  valuesConfig: {
    PRACTICE: { description: 'A published practice (slug: its slug).' },
    INSTITUTION: { description: 'An institution with published practices (slug: its slug).' },
    COUNTRY: { description: 'A country with published practices (slug: its ISO code).' },
    PRIORITY_AREA: { description: 'A priority area (slug: its slug).' },
  },
});

@ObjectType('Suggestion', {
  ...PUBLIC_TYPE,
  description: 'One type-ahead suggestion.',
})
export class SuggestionType {
  @Field(() => SuggestionKindEnum, { description: 'What it leads to.' })
  kind: SuggestionKind;

  @Field(() => String, { description: 'What to show: the title or name.' })
  label: string;

  @Field(() => String, {
    description: 'The slug of the practice, institution or priority area; a country’s ISO code.',
  })
  slug: string;

  @Field(() => String, {
    description: 'Its page in the explorer, as a path of the site (e.g. `/countries/KR`).',
  })
  url: string;
}
