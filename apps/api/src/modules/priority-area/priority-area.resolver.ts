import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { practiceConnection } from '../practice/practice-connection.js';
import { PracticeConnectionType } from '../practice/practice-connection.type.js';
import { practiceQuery } from '../practice/practice-query.js';
import { PageArgs } from '../practice/practices.args.js';
import { PriorityAreaType } from './priority-area.type.js';

@Resolver(() => PriorityAreaType)
export class PriorityAreaResolver {
  @Query(() => [PriorityAreaType], { description: 'Every priority area, alphabetically.' })
  priorityAreas(@Ctx() { catalog }: GraphQLContext) {
    return catalog.allPriorityAreas();
  }

  @Query(() => PriorityAreaType, { nullable: true, description: 'One priority area by its slug.' })
  priorityArea(@Arg('slug', () => String) slug: string, @Ctx() { catalog }: GraphQLContext) {
    return catalog.priorityAreaBySlug(slug);
  }

  @FieldResolver(() => PracticeConnectionType, {
    description: 'Published practices in this priority area.',
  })
  practices(
    @Root() area: PriorityAreaType,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    const query = practiceQuery({ filter: { priorityAreaSlugs: [area.slug] } });
    return practiceConnection(catalog, query, first, after);
  }
}
