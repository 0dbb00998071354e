import 'reflect-metadata';
import { type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { CompetitionResolver } from '../modules/competition/competition.resolver.js';
import { CountryResolver } from '../modules/geography/country.resolver.js';
import { InstitutionResolver } from '../modules/institution/institution.resolver.js';
import { PracticeConnectionResolver } from '../modules/practice/practice-connection.resolver.js';
import { PracticeResolver } from '../modules/practice/practice.resolver.js';
import { PriorityAreaResolver } from '../modules/priority-area/priority-area.resolver.js';
import { NodeResolver } from './node.resolver.js';
import './enums.js';

export const RESOLVERS = [
  PracticeResolver,
  PracticeConnectionResolver,
  CompetitionResolver,
  InstitutionResolver,
  CountryResolver,
  PriorityAreaResolver,
  NodeResolver,
] as const;

/** The GraphQL schema, built once per process. Arguments are validated with class-validator. */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
}
