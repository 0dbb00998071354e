import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import {
  type FacetValueType,
  PracticeConnectionType,
  PracticeFacetsType,
} from './practice-connection.type.js';
import { FACETS, selectedFacetValues, type Facet } from './practice-query.js';

@Resolver(() => PracticeConnectionType)
export class PracticeConnectionResolver {
  @FieldResolver(() => Int, { description: 'How many practices the whole filtered list holds.' })
  totalCount(@Root() connection: PracticeConnectionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.searchCount(connection.query, connection.withFacets);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'With a query that has words matching no published practice: the query with those words replaced by the nearest words that do ("pensoin" → "pension"); otherwise null.',
  })
  didYouMean(@Root() connection: PracticeConnectionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.didYouMean(connection.query);
  }

  @FieldResolver(() => PracticeFacetsType, {
    description:
      "Counts over the whole filtered set, each facet with every other facet's selection applied.",
  })
  async facets(@Root() connection: PracticeConnectionType, @Ctx() { catalog }: GraphQLContext) {
    const facets = new PracticeFacetsType();
    facets.values = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValueType[]])) as Record<
      Facet,
      FacetValueType[]
    >;
    // The searchers give the values in display order (facet-order.ts).
    for (const c of await catalog.searchFacets(connection.query)) facets.values[c.facet].push(c);
    facets.selected = selectedFacetValues(connection.query);
    return facets;
  }
}
