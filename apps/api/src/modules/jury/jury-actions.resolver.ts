import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { localIdOrNotFound } from '../../graphql/node-id.js';
import { SaveJuryAssessmentInput } from './jury.inputs.js';
import { toAssessment, toConflict, toMessage } from './jury.mappers.js';
import { DeliberationMessageType, JuryAssessmentType, JuryConflictType } from './jury.types.js';

const practiceId = (id: string) => localIdOrNotFound(id, 'Practice', 'This entry');

/** What a jury member does on an entry: assess it, declare conflicts, deliberate. */
@Resolver()
export class JuryActionsResolver {
  @Authorized('JURY')
  @Mutation(() => JuryAssessmentType, {
    description:
      "Saves the viewer's assessment of an entry (draft, or submitted with `submit`). Name the version read (null when creating): a stale one is refused with CONFLICT and the current assessment.",
  })
  async saveJuryAssessment(
    @Arg('input', () => SaveJuryAssessmentInput) input: SaveJuryAssessmentInput,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const row = await services.jury.assessments.save(
      viewer!,
      { ...input, practiceId: practiceId(input.practiceId) },
      requestId,
    );
    return toAssessment(row, viewer!.userId);
  }

  @Authorized('JURY')
  @Mutation(() => JuryConflictType, {
    description:
      'Declares a conflict of interest with an entry, with a reason (also turns a proposed one into a declaration).',
  })
  async declareConflict(
    @Arg('practiceId', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const row = await services.jury.conflicts.declare(viewer!, practiceId(id), reason, requestId);
    return toConflict(row, viewer!.userId);
  }

  @Authorized('JURY')
  @Mutation(() => JuryConflictType, { description: 'Confirms a conflict the system proposed.' })
  async confirmConflict(
    @Arg('practiceId', () => ID) id: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const row = await services.jury.conflicts.confirm(viewer!, practiceId(id), requestId);
    return toConflict(row, viewer!.userId);
  }

  @Authorized('JURY')
  @Mutation(() => Boolean, {
    description:
      'Withdraws a declared conflict, or dismisses a proposed one (which is not proposed again).',
  })
  async withdrawConflict(
    @Arg('practiceId', () => ID) id: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return services.jury.conflicts.remove(viewer!, practiceId(id), requestId);
  }

  @Authorized('JURY', 'SECRETARIAT')
  @Mutation(() => DeliberationMessageType, {
    description:
      "Adds a message to an entry's deliberation (the non-conflicted jury and the secretariat).",
  })
  async postDeliberationMessage(
    @Arg('practiceId', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return toMessage(
      await services.jury.deliberation.post(viewer!, practiceId(id), body, requestId),
    );
  }
}
