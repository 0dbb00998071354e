import { registerEnumType } from 'type-graphql';
import {
  COMPETITION_STATUSES,
  ROLES,
  type CompetitionStatus,
  type Role,
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
export const RoleEnum = enumObject<Role>(ROLES);
export const CompetitionStatusEnum = enumObject<CompetitionStatus>(COMPETITION_STATUSES);

registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a console user may do; a person may hold several roles.',
  valuesConfig: {
    ADMIN: { description: 'Manages accounts and reads the audit log.' },
    SECRETARIAT: { description: 'Runs competitions: entries, juries, publication.' },
    JURY: { description: 'Assesses the entries of the competitions they sit on.' },
  },
});

registerEnumType(CompetitionStatusEnum, {
  name: 'CompetitionStatus',
  description: "A competition's lifecycle; only PUBLISHED competitions are public.",
  valuesConfig: {
    DRAFT: { description: 'Being prepared.' },
    OPEN: { description: 'Open for entries.' },
    JUDGING: { description: 'The jury is assessing the entries.' },
    DECIDED: { description: 'Decisions recorded and locked; not yet public.' },
    PUBLISHED: { description: 'The results are public.' },
  },
});

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
