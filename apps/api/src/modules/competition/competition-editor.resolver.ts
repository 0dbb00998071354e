import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Resolver,
  Root,
} from 'type-graphql';
import { type Region } from '@gpa/shared';
import { type GraphQLContext } from '../../graphql/context.js';
import { RegionEnum } from '../../graphql/enums.js';
import { localIdOrNotFound } from '../../graphql/node-id.js';
import { PriorityAreaType } from '../priority-area/priority-area.type.js';
import { toManaged } from './competition-admin.resolver.js';
import { CompetitionInput } from './competition.input.js';
import { ManagedCompetitionType } from './managed-competition.types.js';

const competitionId = (id: string) => localIdOrNotFound(id, 'Competition', 'This competition');

@Resolver(() => ManagedCompetitionType)
export class CompetitionEditorResolver {
  @FieldResolver(() => [PriorityAreaType], {
    description: "Its triennium's priority areas, in the programme's order.",
  })
  priorityAreas(@Root() competition: ManagedCompetitionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.priorityAreasOfTriennium(competition.trienniumId);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedCompetitionType, {
    description:
      'Creates a competition (status DRAFT). A region and year that already have one are refused (BAD_USER_INPUT on `year`). Secretariat only.',
  })
  async createCompetition(
    @Arg('input', () => CompetitionInput) input: CompetitionInput,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(await services.competitionEditor.create(viewer!, input, requestId));
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedCompetitionType, {
    description:
      'Saves the settings of a competition over the version you read (a concurrent change is refused with CONFLICT and the current state). Texts stay correctable after publication; every save is audited. Secretariat only.',
  })
  async updateCompetition(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CompetitionInput) input: CompetitionInput,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(
      await services.competitionEditor.update(
        viewer!,
        competitionId(id),
        input,
        expectedVersion,
        requestId,
      ),
    );
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => ManagedCompetitionType, {
    description:
      "Starts a new competition from an earlier one's settings (triennium and priority areas, forum name, introduction texts) for another year, and optionally another region; never its entries, jury or decisions. Secretariat only.",
  })
  async createCompetitionFrom(
    @Arg('sourceId', () => ID) sourceId: string,
    @Arg('year', () => Int) year: number,
    @Arg('region', () => RegionEnum, { nullable: true }) region: Region | null,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toManaged(
      await services.competitionEditor.createFrom(
        viewer!,
        competitionId(sourceId),
        year,
        region ?? null,
        requestId,
      ),
    );
  }
}
