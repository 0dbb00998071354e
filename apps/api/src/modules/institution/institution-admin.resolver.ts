import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound, toGlobalId } from '../../graphql/node-id.js';
import { type ManagedInstitutionRow } from './institution-admin.service.js';
import { InstitutionInput, ManagedInstitutionType } from './institution-admin.types.js';

const toManaged = (row: ManagedInstitutionRow) =>
  Object.assign(new ManagedInstitutionType(), {
    ...row,
    id: toGlobalId('Institution', row.id),
    countryId: toGlobalId('Country', row.countryId),
  });
const institutionId = (id: string, what = 'This institution') =>
  localIdOrNotFound(id, 'Institution', what);
const values = (input: InstitutionInput) => ({
  name: input.name,
  acronym: input.acronym ?? null,
  countryId: localIdOrNotFound(input.countryId, 'Country', 'This country'),
});

@Resolver()
export class InstitutionAdminResolver {
  @Authorized('SECRETARIAT')
  @Query(() => [ManagedInstitutionType], {
    description:
      'Every institution, published or not, by country; optionally one country, or names containing `search`. Secretariat only.',
  })
  async managedInstitutions(
    @Arg('countryId', () => ID, { nullable: true }) countryId: string | null,
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    const rows = await services.institutions.list(viewer!, {
      countryId: countryId ? localIdOrNotFound(countryId, 'Country', 'This country') : null,
      search,
    });
    return rows.map(toManaged);
  }

  @Authorized('SECRETARIAT')
  @Query(() => ManagedInstitutionType, { description: 'One institution. Secretariat only.' })
  async managedInstitution(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    return toManaged(await services.institutions.get(viewer!, institutionId(id)));
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedInstitutionType, {
    description:
      'Records an institution. The same name in the same country (case and spacing ignored) is refused with BAD_USER_INPUT on `name`, naming the existing one in `extensions.existing`. Secretariat only.',
  })
  async createInstitution(
    @Arg('input', () => InstitutionInput) input: InstitutionInput,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(await services.institutions.create(viewer!, values(input), requestId));
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedInstitutionType, {
    description:
      'Changes an institution over the version you read (CONFLICT with the current state otherwise); duplicates are refused as on creation. Secretariat only.',
  })
  async updateInstitution(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => InstitutionInput) input: InstitutionInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(
      await services.institutions.update(
        viewer!,
        institutionId(id),
        values(input),
        expectedVersion,
        requestId,
      ),
    );
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedInstitutionType, {
    description:
      'Merges a duplicate into another institution of the same country: its entries (and everything else that named it) move, and the duplicate is deleted, in one audited transaction. Returns the institution that remains. Secretariat only.',
  })
  async mergeInstitution(
    @Arg('duplicateId', () => ID) duplicateId: string,
    @Arg('intoId', () => ID) intoId: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(
      await services.institutions.merge(
        viewer!,
        institutionId(duplicateId),
        institutionId(intoId, 'The institution to merge into'),
        requestId,
      ),
    );
  }
}
