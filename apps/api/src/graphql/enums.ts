import { registerEnumType } from 'type-graphql';
import {
  OUTCOME_LABELS,
  OUTCOMES,
  PRACTICE_SORTS,
  REGION_LABELS,
  REGIONS,
  type Outcome,
  type PracticeSort,
  type Region,
} from '@gpa/shared';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

/** The GraphQL enums, built from the one list of values in @gpa/shared. */
export const RegionEnum = enumObject<Region>(REGIONS);
export const OutcomeEnum = enumObject<Outcome>(OUTCOMES);
export const PracticeSortEnum = enumObject<PracticeSort>(PRACTICE_SORTS);

registerEnumType(RegionEnum, {
  name: 'Region',
  description: 'The four regions of the programme.',
  valuesConfig: Object.fromEntries(REGIONS.map((r) => [r, { description: REGION_LABELS[r] }])),
});

registerEnumType(OutcomeEnum, {
  name: 'Outcome',
  description: "The jury's decision on an entry, from the highest to the lowest.",
  valuesConfig: Object.fromEntries(OUTCOMES.map((o) => [o, { description: OUTCOME_LABELS[o] }])),
});

registerEnumType(PracticeSortEnum, {
  name: 'PracticeSort',
  description: 'How a list of practices is ordered.',
  valuesConfig: {
    RELEVANCE: {
      description:
        'Best match first, title matches highest; the default with a search query (without one, as NEWEST).',
    },
    NEWEST: {
      description:
        "Latest competition first, then in each competition's results order; the default without a query.",
    },
    TITLE: { description: 'Alphabetically by title.' },
  },
});
