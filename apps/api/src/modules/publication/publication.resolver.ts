import { GraphQLJSON } from 'graphql-scalars';
import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, ID, Info, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound } from '../../graphql/node-id.js';

@Resolver()
export class PublicationResolver {
  @Authorized('SECRETARIAT')
  @Query(() => GraphQLJSON, {
    nullable: true,
    description:
      "What the public would be answered if this competition were published now, for this request only and without committing anything: `query` (one query operation, no mutation; the explorer sends its competition page's own query) runs through the public read path with the embargo lifted for this one competition, and its `data` is the answer. Without `query`, a summary of the competition's public page: its figures and every entry with its outcome. Secretariat only.",
  })
  competitionPreview(
    @Arg('id', () => ID) id: string,
    @Arg('query', () => String, {
      nullable: true,
      description:
        'A GraphQL document with exactly one query operation (fragments allowed), checked against the same limits as /graphql; anything else is refused with BAD_USER_INPUT.',
    })
    query: string | null | undefined,
    @Arg('variables', () => GraphQLJSON, {
      nullable: true,
      description: "The query's variables, as an object.",
    })
    variables: unknown,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.services.publication.preview(
      context.viewer!,
      localIdOrNotFound(id, 'Competition', 'This competition'),
      info.schema,
      context,
      { query, variables },
    );
  }
}
