import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound, toGlobalId } from '../../graphql/node-id.js';
import { LOCKED_STATUSES } from './jury-access.js';
import { type JuryTableSort } from './jury-table.service.js';
import { RecordDecisionInput } from './jury.inputs.js';
import { toCriterion, toDecision, toTableRow } from './jury.mappers.js';
import { JuryDecisionType, JuryTableSortEnum, JuryTableType } from './jury.types.js';

/** The chair's table and the decisions recorded from it. */
@Resolver()
export class JuryDecisionResolver {
  @Authorized('JURY', 'SECRETARIAT')
  @Query(() => JuryTableType, {
    description:
      "The chair's table: every entry with the weighted mean, median and spread of the members' scores, the tally of proposed outcomes, the conflicts and the decision. The chair and the secretariat only.",
  })
  async juryTable(
    @Arg('competitionId', () => ID) id: string,
    @Arg('sort', () => JuryTableSortEnum, { nullable: true }) sort: JuryTableSort | null,
    @Arg('descending', () => Boolean, { nullable: true }) descending: boolean | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    const competitionId = localIdOrNotFound(id, 'Competition', 'This competition');
    const { role, criteria, rows } = await services.jury.table.table(
      viewer!,
      competitionId,
      sort ?? 'BOOKLET',
      descending ?? false,
    );
    const locked = LOCKED_STATUSES.includes(role.status);
    return Object.assign(new JuryTableType(), {
      competitionId: toGlobalId('Competition', competitionId),
      competitionTitle: role.competitionTitle,
      competitionStatus: role.status,
      canDecide: role.secretariat ? role.status === 'JUDGING' || locked : role.status === 'JUDGING',
      criteria: criteria.map(toCriterion),
      rows: rows.map(toTableRow),
    });
  }

  @Authorized('JURY', 'SECRETARIAT')
  @Mutation(() => JuryDecisionType, {
    description:
      "Records an entry's outcome and public text (the chair, not in conflict, while the competition is JUDGING; the secretariat also afterwards, as an audited correction). One Award per competition; the Award and special mentions need their text. Name the version read (null when creating): a stale one is refused with CONFLICT and the current decision.",
  })
  async recordDecision(
    @Arg('input', () => RecordDecisionInput) input: RecordDecisionInput,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const row = await services.jury.decisions.record(
      viewer!,
      { ...input, practiceId: localIdOrNotFound(input.practiceId, 'Practice', 'This entry') },
      requestId,
    );
    return toDecision(row);
  }
}
