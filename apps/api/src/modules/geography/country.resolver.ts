import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { practiceConnection } from '../practice/practice-connection.js';
import { PracticeConnectionType } from '../practice/practice-connection.type.js';
import { practiceQuery } from '../practice/practice-query.js';
import { PageArgs } from '../practice/practices.args.js';
import { CountryType } from './country.type.js';

@Resolver(() => CountryType)
export class CountryResolver {
  @Query(() => [CountryType], {
    description: 'Every country, in alphabetical order of the name it sorts under.',
  })
  countries(@Ctx() { catalog }: GraphQLContext) {
    return catalog.allCountries();
  }

  @Query(() => CountryType, {
    nullable: true,
    description: 'One country by its ISO 3166-1 alpha-2 code.',
  })
  country(@Arg('code', () => String) code: string, @Ctx() { catalog }: GraphQLContext) {
    return catalog.countryByCode(code);
  }

  @FieldResolver(() => PracticeConnectionType, {
    description: "Published practices of the country's institutions.",
  })
  practices(
    @Root() country: CountryType,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    const query = practiceQuery({ filter: { countryCodes: [country.code] } });
    return practiceConnection(catalog, query, first, after);
  }
}
