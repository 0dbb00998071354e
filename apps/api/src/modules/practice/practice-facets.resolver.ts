import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { userInputError } from '../../graphql/errors.js';
import {
  FacetValueCountsType,
  FacetValueType,
  PracticeFacetsType,
} from './practice-connection.type.js';
import { FACETS, type Facet } from './practice-query.js';

/** The most values a facet list gives with `first`; without it, a list gives them all. */
export const MAX_FACET_VALUES = 100;

const FIRST = {
  nullable: true,
  description: `Only the first values (at most ${MAX_FACET_VALUES}), plus any value the filter selects; all of them without it.`,
} as const;

/**
 * The first `first` values of a facet in display order, and after them any value the filter
 * selects that they leave out: a page that shows the top values still shows what is ticked.
 */
export function firstFacetValues(
  facets: PracticeFacetsType,
  facet: Facet,
  first: number | null | undefined,
): FacetValueType[] {
  const values = facets.values[facet];
  if (first == null) return values;
  if (!Number.isInteger(first) || first < 0 || first > MAX_FACET_VALUES) {
    throw userInputError(`"first" must be between 0 and ${MAX_FACET_VALUES}.`, 'first');
  }
  if (values.length <= first) return values;
  const selected = facets.selected[facet];
  if (selected.size === 0) return values.slice(0, first);
  return values.filter((v, i) => i < first || selected.has(v.value));
}

@Resolver(() => PracticeFacetsType)
export class PracticeFacetsResolver {
  @FieldResolver(() => [FacetValueType], { description: 'By region.' })
  regions(@Root() facets: PracticeFacetsType, @Arg('first', () => Int, FIRST) first?: number) {
    return firstFacetValues(facets, 'regions', first);
  }

  @FieldResolver(() => [FacetValueType], { description: 'By country (value: ISO code).' })
  countries(@Root() facets: PracticeFacetsType, @Arg('first', () => Int, FIRST) first?: number) {
    return firstFacetValues(facets, 'countries', first);
  }

  @FieldResolver(() => [FacetValueType], { description: 'By institution (value: slug).' })
  institutions(@Root() facets: PracticeFacetsType, @Arg('first', () => Int, FIRST) first?: number) {
    return firstFacetValues(facets, 'institutions', first);
  }

  @FieldResolver(() => [FacetValueType], { description: 'By priority area (value: slug).' })
  priorityAreas(
    @Root() facets: PracticeFacetsType,
    @Arg('first', () => Int, FIRST) first?: number,
  ) {
    return firstFacetValues(facets, 'priorityAreas', first);
  }

  @FieldResolver(() => [FacetValueType], { description: 'By outcome.' })
  outcomes(@Root() facets: PracticeFacetsType, @Arg('first', () => Int, FIRST) first?: number) {
    return firstFacetValues(facets, 'outcomes', first);
  }

  @FieldResolver(() => [FacetValueType], { description: 'By competition year.' })
  years(@Root() facets: PracticeFacetsType, @Arg('first', () => Int, FIRST) first?: number) {
    return firstFacetValues(facets, 'years', first);
  }

  @FieldResolver(() => FacetValueCountsType, {
    description:
      'How many values each facet has in all, for a "show all (N)" beside lists cut by `first`.',
  })
  valueCounts(@Root() facets: PracticeFacetsType): FacetValueCountsType {
    const counts = new FacetValueCountsType();
    for (const facet of FACETS) counts[facet] = facets.values[facet].length;
    return counts;
  }
}
