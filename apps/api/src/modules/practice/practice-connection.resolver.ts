import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import {
  FacetValueType,
  PracticeConnectionType,
  PracticeFacetsType,
} from './practice-connection.type.js';
import { FACETS } from './practice-query.js';

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
    const counts = await catalog.searchFacets(connection.query);
    const facets = Object.fromEntries(FACETS.map((f) => [f, [] as FacetValueType[]])) as Record<
      (typeof FACETS)[number],
      FacetValueType[]
    >;
    // The searchers give the values in display order (facet-order.ts).
    for (const c of counts) facets[c.facet].push(Object.assign(new FacetValueType(), c));
    return Object.assign(new PracticeFacetsType(), facets);
  }
}
