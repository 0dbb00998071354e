import { type GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { CompetitionType } from '../competition/competition.type.js';
import { CountryType } from '../geography/country.type.js';
import { InstitutionType } from '../institution/institution.type.js';
import { PriorityAreaType } from '../priority-area/priority-area.type.js';
import { practiceConnection } from './practice-connection.js';
import { PracticeConnectionType } from './practice-connection.type.js';
import { practiceQuery } from './practice-query.js';
import { PracticeFigureType, PracticeSectionType, PracticeType } from './practice.type.js';
import { PracticesArgs } from './practices.args.js';

@Resolver(() => PracticeType)
export class PracticeResolver {
  @Query(() => PracticeConnectionType, { description: 'Search and browse published practices.' })
  practices(
    @Args(() => PracticesArgs) args: PracticesArgs,
    @Ctx() { catalog }: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    const query = practiceQuery({ text: args.query, filter: args.filter, sort: args.sort });
    return practiceConnection(catalog, query, args.first, args.after, info);
  }

  @Query(() => PracticeType, { nullable: true, description: 'One published practice by its slug.' })
  practice(@Arg('slug', () => String) slug: string, @Ctx() { catalog }: GraphQLContext) {
    return catalog.practiceBySlug(slug);
  }

  @FieldResolver(() => InstitutionType, { description: 'The institution that submitted it.' })
  institution(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.institution(practice.institutionId);
  }

  @FieldResolver(() => CountryType, { description: "The institution's country." })
  country(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.country(practice.countryId);
  }

  @FieldResolver(() => [PriorityAreaType], {
    description: 'Its 1 to 3 priority areas, in the order of the entry.',
  })
  priorityAreas(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.priorityAreasOfPractice(practice.localId);
  }

  @FieldResolver(() => CompetitionType, {
    nullable: true,
    description: 'The competition it was entered in.',
  })
  competition(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.competition(practice.competitionId);
  }

  @FieldResolver(() => [PracticeSectionType], {
    description: "The submission form's sections, in form order.",
  })
  sections(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.sectionsOf(practice.localId);
  }

  @FieldResolver(() => [PracticeFigureType], {
    description: 'The result figures of "Evaluating the results".',
  })
  figures(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.figuresOf(practice.localId);
  }

  @FieldResolver(() => [String], {
    description: 'Up to three factors indispensable to replicate it.',
  })
  successFactors(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.successFactorsOf(practice.localId);
  }

  @FieldResolver(() => [String], { description: 'Up to three risks of implementing it.' })
  risks(@Root() practice: PracticeType, @Ctx() { catalog }: GraphQLContext) {
    return catalog.risksOf(practice.localId);
  }
}
