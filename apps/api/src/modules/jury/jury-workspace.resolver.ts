import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound, toGlobalId, uuidOrNotFound } from '../../graphql/node-id.js';
import { JuryCriterionInput, JuryEntryFilterInput } from './jury.inputs.js';
import { toCompetition, toCriterion, toEntry, toEntryDetail } from './jury.mappers.js';
import {
  JuryCompetitionType,
  JuryCriterionType,
  JuryEntryDetailType,
  JuryEntryType,
  JurorAffiliationType,
} from './jury.types.js';

const competitionId = (id: string) => localIdOrNotFound(id, 'Competition', 'This competition');

@Resolver()
export class JuryWorkspaceResolver {
  @Authorized('JURY', 'SECRETARIAT')
  @Query(() => [JuryCompetitionType], {
    description:
      'The competitions the viewer sits on, with their progress (every competition for the secretariat).',
  })
  async juryCompetitions(@Ctx() { services, viewer }: GraphQLContext) {
    return (await services.jury.workspace.competitions(viewer!)).map(toCompetition);
  }

  @Authorized('JURY', 'SECRETARIAT')
  @Query(() => [JuryEntryType], {
    description:
      "A competition's entries in the booklet order with the viewer's progress on each; its jury and the secretariat only.",
  })
  async juryEntries(
    @Arg('competitionId', () => ID) id: string,
    @Arg('filter', () => JuryEntryFilterInput, { nullable: true })
    filter: JuryEntryFilterInput | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    const rows = await services.jury.workspace.entries(viewer!, competitionId(id), filter ?? {});
    return rows.map(toEntry);
  }

  @Authorized('JURY', 'SECRETARIAT')
  @Query(() => JuryEntryDetailType, {
    description:
      "One entry with the viewer's assessment, the others' (once the viewer's own is submitted), conflicts, deliberation and decision.",
  })
  async juryEntry(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext) {
    const detail = await services.jury.workspace.entry(
      viewer!,
      localIdOrNotFound(id, 'Practice', 'This entry'),
    );
    return toEntryDetail(detail, viewer!.userId);
  }

  @Authorized('JURY', 'SECRETARIAT')
  @Query(() => [JuryCriterionType], { description: "The criteria of a competition's assessments." })
  async juryCriteria(
    @Arg('competitionId', () => ID) id: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    return (await services.jury.criteria.list(viewer!, competitionId(id))).map(toCriterion);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [JuryCriterionType], {
    description:
      'Sets the criteria of a competition (name, description, weight), naming the listVersion read: the ones named by id keep their scores, the ones left out are removed (not once judging has started if they have scores). Secretariat only; audited.',
  })
  async saveJuryCriteria(
    @Arg('competitionId', () => ID) id: string,
    @Arg('criteria', () => [JuryCriterionInput]) criteria: JuryCriterionInput[],
    @Arg('expectedVersion', () => Int, {
      nullable: true,
      description:
        'The listVersion of the criteria read; required (BAD_USER_INPUT without it), a stale one gets CONFLICT.',
    })
    expectedVersion: number | null,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const rows = await services.jury.criteria.save(
      viewer!,
      competitionId(id),
      criteria,
      expectedVersion,
      requestId,
    );
    return rows.map(toCriterion);
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => JurorAffiliationType, {
    description:
      "Sets a jury member's own institution and country (either may be null); conflicts of interest with that institution's or country's entries are then proposed to them. Secretariat only; audited.",
  })
  async setJurorAffiliation(
    @Arg('userId', () => ID) userId: string,
    @Arg('institutionId', () => ID, { nullable: true }) institutionId: string | null,
    @Arg('countryCode', () => String, { nullable: true }) countryCode: string | null,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const row = await services.jury.affiliations.set(
      viewer!,
      uuidOrNotFound(userId, 'This user'),
      institutionId ? localIdOrNotFound(institutionId, 'Institution', 'This institution') : null,
      countryCode,
      requestId,
    );
    return Object.assign(new JurorAffiliationType(), {
      ...row,
      institutionId: row.institutionId && toGlobalId('Institution', row.institutionId),
    });
  }
}
