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
      "Exactly what the public competition page would show if this competition were published now: the explorer's own query (competitionBySlug with its entries), answered by the public read path with the embargo lifted for this one competition, for this request only. Secretariat only.",
  })
  competitionPreview(
    @Arg('id', () => ID) id: string,
    @Ctx() context: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return context.services.publication.preview(
      context.viewer!,
      localIdOrNotFound(id, 'Competition', 'This competition'),
      info.schema,
      context,
    );
  }
}
