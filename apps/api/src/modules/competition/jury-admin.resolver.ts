import DataLoader from 'dataloader';
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
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound, toGlobalId, uuidOrNotFound } from '../../graphql/node-id.js';
import { type JuryMemberRow } from './jury-admin.service.js';
import {
  AddJuryMemberInput,
  JuryCandidateType,
  ManagedJuryMemberType,
} from './jury-admin.types.js';
import { ManagedCompetitionType } from './managed-competition.types.js';

const toMember = ({ affiliationInstitutionLocalId: institution, ...row }: JuryMemberRow) =>
  Object.assign(new ManagedJuryMemberType(), row, {
    affiliationInstitutionId: institution && toGlobalId('Institution', institution),
  });
const competitionId = (id: string) => localIdOrNotFound(id, 'Competition', 'This competition');
const memberId = (id: string) => uuidOrNotFound(id, 'This jury member');

/** One statement for the juries of every competition in a list. */
const loaders = new WeakMap<object, DataLoader<string, ManagedJuryMemberType[]>>();
function juryLoader(ctx: GraphQLContext) {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const rows = await ctx.services.juries.membersOf(ids);
      return ids.map((id) => rows.filter((r) => r.competitionId === id).map(toMember));
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => ManagedCompetitionType)
export class JuryAdminResolver {
  @FieldResolver(() => [ManagedJuryMemberType], {
    description:
      'Its jury in order: the public descriptions and the chair for everyone who may see the competition; e-mail addresses and progress for the secretariat only.',
  })
  jury(@Root() competition: ManagedCompetitionType, @Ctx() ctx: GraphQLContext) {
    return juryLoader(ctx).load(competition.localId);
  }

  @Authorized('SECRETARIAT')
  @Query(() => [JuryCandidateType], {
    description: 'Active accounts with the JURY role, who can be given a seat. Secretariat only.',
  })
  juryCandidates(@Ctx() { services, viewer }: GraphQLContext) {
    return services.juries.candidates(viewer!);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [ManagedJuryMemberType], {
    description:
      'Gives a JURY account a seat on a competition, last in the list; returns the jury. Secretariat only.',
  })
  async addJuryMember(
    @Arg('input', () => AddJuryMemberInput) input: AddJuryMemberInput,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const rows = await services.juries.add(
      viewer!,
      competitionId(input.competitionId),
      {
        userId: uuidOrNotFound(input.userId, 'This user'),
        description: input.description,
        name: input.name ?? null,
      },
      requestId,
    );
    return rows.map(toMember);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [ManagedJuryMemberType], {
    description:
      "Changes a member's public description or printed name, naming the version read; a stale one is refused with CONFLICT and the member as it is now. Returns the jury.",
  })
  async updateJuryMember(
    @Arg('id', () => ID) id: string,
    @Arg('description', () => String) description: string,
    @Arg('name', () => String, { nullable: true }) name: string | null,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return (
      await services.juries.update(
        viewer!,
        memberId(id),
        { description, name: name ?? null, expectedVersion },
        requestId,
      )
    ).map(toMember);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [ManagedJuryMemberType], {
    description:
      'Puts the jury in a new order: name every member once. A jury changed meanwhile is refused with CONFLICT.',
  })
  async reorderJury(
    @Arg('competitionId', () => ID) id: string,
    @Arg('memberIds', () => [ID]) memberIds: string[],
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return (
      await services.juries.reorder(viewer!, competitionId(id), memberIds.map(memberId), requestId)
    ).map(toMember);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [ManagedJuryMemberType], {
    description: 'Makes this member the chair (a jury has one); returns the jury.',
  })
  async setJuryChair(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return (await services.juries.setChair(viewer!, memberId(id), requestId)).map(toMember);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [ManagedJuryMemberType], {
    description: 'Takes a member off the jury; returns the jury.',
  })
  async removeJuryMember(
    @Arg('id', () => ID) id: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return (await services.juries.remove(viewer!, memberId(id), requestId)).map(toMember);
  }
}
