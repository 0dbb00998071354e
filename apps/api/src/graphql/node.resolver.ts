import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from './context.js';
import { fromGlobalId } from './node-id.js';
import { Node } from './node.interface.js';

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description: 'Any object by its global id; null when there is none visible.',
  })
  node(@Arg('id', () => ID) id: string, @Ctx() { catalog }: GraphQLContext) {
    const parsed = fromGlobalId(id);
    if (!parsed) return null;
    switch (parsed.type) {
      case 'Practice':
        return catalog.practice(parsed.id);
      case 'Competition':
        return catalog.competition(parsed.id);
      case 'Institution':
        return catalog.institution(parsed.id);
      case 'Country':
        return catalog.country(parsed.id);
      case 'PriorityArea':
        return catalog.priorityArea(parsed.id);
    }
  }
}
