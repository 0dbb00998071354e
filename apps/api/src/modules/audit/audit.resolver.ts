import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { type GraphQLContext } from '../../graphql/context.js';
import { userInputError } from '../../graphql/errors.js';

@ObjectType('AuditEntry', { description: 'One change made through the console.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'Increasing with time.' })
  id: string;

  @Field(() => Date, { description: 'When.' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Who (null for the system).' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Their name.' })
  actorName: string | null;

  @Field(() => String, { description: 'What, e.g. "competition.publish".' })
  action: string;

  @Field(() => String, { description: 'The kind of thing changed.' })
  entityType: string;

  @Field(() => String, { description: 'Its id.' })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The state before.' })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: 'The state after.' })
  after: unknown;

  @Field(() => String, {
    nullable: true,
    description: 'The request that made the change (see the logs).',
  })
  requestId: string | null;
}

@Resolver()
export class AuditResolver {
  @Authorized('ADMIN')
  @Query(() => [AuditEntryType], {
    description: 'The audit log, newest first. Administrators only.',
  })
  auditLog(
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 200.' }) first: number,
    @Arg('before', () => ID, { nullable: true, description: 'Entries older than this id.' })
    before: string | null,
    @Arg('entityType', () => String, { nullable: true }) entityType: string | null,
    @Arg('entityId', () => String, { nullable: true }) entityId: string | null,
    @Ctx() { services }: GraphQLContext,
  ) {
    if (first < 1 || first > 200)
      throw userInputError('"first" must be between 1 and 200.', 'first');
    if (before != null && !/^\d{1,18}$/.test(before))
      throw userInputError('"before" is not an audit entry id.', 'before');
    return services.audit.list({ first, before, entityType, entityId });
  }
}
