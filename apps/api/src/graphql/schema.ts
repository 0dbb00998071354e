import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { authChecker } from '../modules/auth/auth-checker.js';
import { CompetitionAdminResolver } from '../modules/competition/competition-admin.resolver.js';
import { CompetitionEditorResolver } from '../modules/competition/competition-editor.resolver.js';
import { JuryAdminResolver } from '../modules/competition/jury-admin.resolver.js';
import { CountryAdminResolver } from '../modules/geography/country-admin.resolver.js';
import { InstitutionAdminResolver } from '../modules/institution/institution-admin.resolver.js';
import { PublicationResolver } from '../modules/publication/publication.resolver.js';
import { CompetitionResolver } from '../modules/competition/competition.resolver.js';
import { CountryResolver } from '../modules/geography/country.resolver.js';
import { InstitutionResolver } from '../modules/institution/institution.resolver.js';
import { JuryActionsResolver } from '../modules/jury/jury-actions.resolver.js';
import { JuryDecisionResolver } from '../modules/jury/jury-decision.resolver.js';
import { JuryWorkspaceResolver } from '../modules/jury/jury-workspace.resolver.js';
import { PracticeConnectionResolver } from '../modules/practice/practice-connection.resolver.js';
import { PracticeFacetsResolver } from '../modules/practice/practice-facets.resolver.js';
import { PracticeResolver } from '../modules/practice/practice.resolver.js';
import { PriorityAreaResolver } from '../modules/priority-area/priority-area.resolver.js';
import { SuggestResolver } from '../modules/search/suggest.resolver.js';
import { SubmissionResolver } from '../modules/submission/submission.resolver.js';
import { NodeResolver } from './node.resolver.js';
import './enums.js';

export const RESOLVERS = [
  PracticeResolver,
  PracticeConnectionResolver,
  PracticeFacetsResolver,
  CompetitionResolver,
  InstitutionResolver,
  CountryResolver,
  PriorityAreaResolver,
  SuggestResolver,
  NodeResolver,
  AccountResolver,
  AuditResolver,
  CompetitionAdminResolver,
  CompetitionEditorResolver,
  JuryAdminResolver,
  InstitutionAdminResolver,
  CountryAdminResolver,
  PublicationResolver,
  JuryWorkspaceResolver,
  JuryActionsResolver,
  JuryDecisionResolver,
  SubmissionResolver,
] as const;

/**
 * The GraphQL schema, built once per process. Arguments are validated with class-validator;
 * every non-public field carries @Authorized, checked by authChecker.
 */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
    authChecker,
  });
}
