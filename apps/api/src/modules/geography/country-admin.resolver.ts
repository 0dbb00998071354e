import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound, toGlobalId } from '../../graphql/node-id.js';
import { type ManagedCountryRow } from './country-admin.service.js';
import { CountryInput, ManagedCountryType } from './country-admin.types.js';

const toManaged = (row: ManagedCountryRow) =>
  Object.assign(new ManagedCountryType(), { ...row, id: toGlobalId('Country', row.id) });

@Resolver()
export class CountryAdminResolver {
  @Authorized('SECRETARIAT')
  @Query(() => [ManagedCountryType], {
    description: 'Every country, in sort order. Secretariat only.',
  })
  async managedCountries(@Ctx() { services, viewer }: GraphQLContext) {
    return (await services.countries.list(viewer!)).map(toManaged);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedCountryType, {
    description:
      'Records a country; a code or name already recorded is refused with BAD_USER_INPUT on that field. Secretariat only.',
  })
  async createCountry(
    @Arg('input', () => CountryInput) input: CountryInput,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(await services.countries.create(viewer!, input, requestId));
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedCountryType, {
    description:
      'Changes a country over the version you read (CONFLICT otherwise). Secretariat only.',
  })
  async updateCountry(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CountryInput) input: CountryInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(
      await services.countries.update(
        viewer!,
        localIdOrNotFound(id, 'Country', 'This country'),
        input,
        expectedVersion,
        requestId,
      ),
    );
  }
}
