import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { type CompetitionStatus } from '@gpa/shared';
import { type GraphQLContext } from '../../graphql/context.js';
import { CompetitionStatusEnum } from '../../graphql/enums.js';
import { localIdOrNotFound, toGlobalId } from '../../graphql/node-id.js';
import { type ManagedCompetitionRow } from './competition-admin.service.js';
import { ManagedCompetitionType, ManagedEntryType } from './managed-competition.types.js';

export const toManaged = (row: ManagedCompetitionRow) =>
  Object.assign(new ManagedCompetitionType(), {
    ...row,
    id: toGlobalId('Competition', row.id),
    localId: row.id,
  });

@Resolver(() => ManagedCompetitionType)
export class CompetitionAdminResolver {
  @Authorized('SECRETARIAT', 'JURY')
  @Query(() => [ManagedCompetitionType], {
    description:
      'Competitions of every status: all of them for the secretariat, the ones they sit on for jury members.',
  })
  async managedCompetitions(@Ctx() { services, viewer }: GraphQLContext) {
    return (await services.competitions.list(viewer!)).map(toManaged);
  }

  @Authorized('SECRETARIAT', 'JURY')
  @Query(() => ManagedCompetitionType, {
    description: 'One competition, if the viewer may see it (else NOT_FOUND).',
  })
  async managedCompetition(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    return toManaged(
      await services.competitions.get(
        viewer!,
        localIdOrNotFound(id, 'Competition', 'This competition'),
      ),
    );
  }

  @FieldResolver(() => [ManagedEntryType], {
    description:
      'Its entries in the booklet order; a jury member does not see the entries they have a conflict with.',
  })
  async entries(
    @Root() competition: ManagedCompetitionType,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    const rows = await services.competitions.entries(viewer!, competition.localId);
    return rows.map((r) =>
      Object.assign(new ManagedEntryType(), { ...r, id: toGlobalId('Practice', r.id) }),
    );
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedCompetitionType, {
    description:
      'Moves a competition one step in its lifecycle (PUBLISHED makes its results public at once). Name the version you saw: a concurrent change is refused with CONFLICT. Secretariat only.',
  })
  async setCompetitionStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => CompetitionStatusEnum) status: CompetitionStatus,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const localId = localIdOrNotFound(id, 'Competition', 'This competition');
    return toManaged(
      await services.competitions.setStatus(viewer!, localId, status, expectedVersion, requestId),
    );
  }
}
