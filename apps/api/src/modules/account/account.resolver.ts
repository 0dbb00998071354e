import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { uuidOrNotFound } from '../../graphql/node-id.js';
import { CreateInvitationInput, InvitationType, UserType, ViewerType } from './account.types.js';

const toViewer = (v: NonNullable<GraphQLContext['viewer']>) =>
  Object.assign(new ViewerType(), {
    id: v.userId,
    email: v.email,
    displayName: v.displayName,
    roles: v.roles,
  });

@Resolver()
export class AccountResolver {
  @Query(() => ViewerType, { nullable: true, description: 'The signed-in person, or null.' })
  me(@Ctx() { viewer }: GraphQLContext) {
    return viewer ? toViewer(viewer) : null;
  }

  @Authorized('ADMIN')
  @Query(() => [UserType], { description: 'Every console account. Administrators only.' })
  users(@Ctx() { services }: GraphQLContext) {
    return services.accounts.listUsers();
  }

  @Mutation(() => ViewerType, {
    description:
      'Signs in with e-mail and password and sets the session cookie. Every failure gets the same message; repeated failures are throttled (RATE_LIMITED).',
  })
  async signIn(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() { services, client, session, viewer }: GraphQLContext,
  ) {
    const result = await services.signIn.signIn(email, password, client, viewer?.sessionId ?? null);
    session.set(result.token);
    return toViewer(result.viewer);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears its cookie.' })
  async signOut(@Ctx() { services, viewer, session }: GraphQLContext) {
    if (viewer) await services.sessions.end(viewer.sessionId);
    session.clear();
    return true;
  }

  @Authorized('ADMIN')
  @Mutation(() => InvitationType, {
    description: 'Invites a new user; returns the one-time link. Administrators only.',
  })
  async createInvitation(
    @Arg('input', () => CreateInvitationInput) input: CreateInvitationInput,
    @Ctx() { services, viewer, requestId, publicUrl }: GraphQLContext,
  ) {
    const invitation = await services.accounts.createInvitation(viewer!, input, requestId);
    return Object.assign(new InvitationType(), {
      id: invitation.id,
      email: invitation.email,
      expiresAt: invitation.expiresAt,
      link: `${publicUrl}/console/invitation#${invitation.token}`,
    });
  }

  @Mutation(() => ViewerType, {
    description:
      'Accepts an invitation with a password of the person’s choosing, and signs them in.',
  })
  async acceptInvitation(
    @Arg('token', () => String) token: string,
    @Arg('password', () => String) password: string,
    @Ctx() { services, client, session, requestId }: GraphQLContext,
  ) {
    const user = await services.accounts.acceptInvitation(token, password, requestId);
    const result = await services.signIn.signIn(user.email, password, client, null);
    session.set(result.token);
    return toViewer(result.viewer);
  }

  @Authorized('ADMIN')
  @Mutation(() => UserType, {
    description: 'Deactivates (ending their sessions) or reactivates a user. Administrators only.',
  })
  setUserActive(
    @Arg('userId', () => ID) userId: string,
    @Arg('active', () => Boolean) active: boolean,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return services.accounts.setActive(
      viewer!,
      uuidOrNotFound(userId, 'This user'),
      active,
      requestId,
    );
  }

  @Authorized('ADMIN')
  @Mutation(() => Int, {
    description: 'Ends every session of a user; returns how many were open. Administrators only.',
  })
  endUserSessions(
    @Arg('userId', () => ID) userId: string,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    return services.accounts.endSessions(viewer!, uuidOrNotFound(userId, 'This user'), requestId);
  }
}
