import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { CountryType } from '../geography/country.type.js';
import { practiceConnection } from '../practice/practice-connection.js';
import { PracticeConnectionType } from '../practice/practice-connection.type.js';
import { practiceQuery } from '../practice/practice-query.js';
import { PageArgs } from '../practice/practices.args.js';
import { InstitutionType } from './institution.type.js';

@Resolver(() => InstitutionType)
export class InstitutionResolver {
  @Query(() => InstitutionType, {
    nullable: true,
    description: 'One institution by its slug (institutions with at least one published practice).',
  })
  institution(@Arg('slug', () => String) slug: string, @Ctx() { catalog }: GraphQLContext) {
    return catalog.institutionBySlug(slug);
  }

  @FieldResolver(() => CountryType, { description: 'The country of the institution.' })
  country(@Root() institution: InstitutionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.country(institution.countryId);
  }

  @FieldResolver(() => PracticeConnectionType, {
    description: 'Its published practices, latest first.',
  })
  practices(
    @Root() institution: InstitutionType,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    const query = practiceQuery({ filter: { institutionSlugs: [institution.slug] } });
    return practiceConnection(catalog, query, first, after);
  }
}
