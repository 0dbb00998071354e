import { type AuthChecker } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { forbidden, unauthenticated } from '../../graphql/errors.js';

/**
 * The role check behind every @Authorized field: signed in, and holding one of the named roles
 * (any role when none is named). Object-level rules live in AccessService.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length && !roles.some((r) => context.viewer!.roles.includes(r as never)))
    throw forbidden();
  return true;
};
