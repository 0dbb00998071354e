import { Arg, Args, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { type Outcome, type Region } from '@gpa/shared';
import { type GraphQLContext } from '../../graphql/context.js';
import { OutcomeEnum, RegionEnum } from '../../graphql/enums.js';
import { PriorityAreaType } from '../priority-area/priority-area.type.js';
import { practiceConnection } from '../practice/practice-connection.js';
import { PracticeConnectionType } from '../practice/practice-connection.type.js';
import { practiceQuery } from '../practice/practice-query.js';
import { PageArgs } from '../practice/practices.args.js';
import { CompetitionStatsType, CompetitionType, JuryMemberType } from './competition.type.js';

@Resolver(() => CompetitionType)
export class CompetitionResolver {
  @Query(() => [CompetitionType], { description: 'The published competitions, latest first.' })
  competitions(@Ctx() { catalog }: GraphQLContext) {
    return catalog.allCompetitions();
  }

  @Query(() => CompetitionType, {
    nullable: true,
    description: "One region's published competition of one year.",
  })
  async competition(
    @Arg('region', () => RegionEnum) region: Region,
    @Arg('year', () => Int) year: number,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    const all = await catalog.allCompetitions();
    return all.find((c) => c.region === region && c.year === year) ?? null;
  }

  @Query(() => CompetitionType, {
    nullable: true,
    description: 'One published competition by its slug.',
  })
  async competitionBySlug(
    @Arg('slug', () => String) slug: string,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    const all = await catalog.allCompetitions();
    return all.find((c) => c.slug === slug) ?? null;
  }

  @FieldResolver(() => [PriorityAreaType], {
    description: "The triennium's priority areas, in the programme's order.",
  })
  priorityAreas(@Root() competition: CompetitionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.priorityAreasOfTriennium(competition.trienniumId);
  }

  @FieldResolver(() => CompetitionStatsType, {
    description: 'Numbers computed from the published entries.',
  })
  stats(@Root() competition: CompetitionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.competitionStats(competition.localId);
  }

  @FieldResolver(() => String, {
    description:
      'The results sentence of the booklet, e.g. "There were 76 entries from 20 organizations in 15 countries. …"',
  })
  resultsSentence(@Root() competition: CompetitionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.resultsSentence(competition.localId);
  }

  @FieldResolver(() => [JuryMemberType], {
    description: 'The jury, as the programme describes its members.',
  })
  jury(@Root() competition: CompetitionType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.juryOf(competition.localId);
  }

  @FieldResolver(() => PracticeConnectionType, {
    description:
      'The entries in the order of the results booklet: Award, special mentions, Certificates of Merit, Attestations; within each, by country and institution.',
  })
  entries(
    @Root() competition: CompetitionType,
    @Arg('outcome', () => OutcomeEnum, {
      nullable: true,
      description: 'Only entries with this outcome.',
    })
    outcome: Outcome | null,
    @Args(() => PageArgs) { first, after }: PageArgs,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    const query = practiceQuery({
      competitionId: competition.localId,
      filter: { outcomes: outcome ? [outcome] : [] },
      order: 'BOOKLET',
    });
    return practiceConnection(catalog, query, first, after);
  }
}
