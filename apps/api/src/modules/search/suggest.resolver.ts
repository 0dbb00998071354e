import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { userInputError } from '../../graphql/errors.js';
import { SuggestionType } from './suggestion.type.js';

export const MAX_PREFIX_LENGTH = 100;
export const MAX_SUGGESTIONS = 20;

@Resolver(() => SuggestionType)
export class SuggestResolver {
  @Query(() => [SuggestionType], {
    description:
      'Type-ahead over published practice titles, institutions with published practices, countries and priority areas: labels that start with the prefix first, then labels with a word that starts with it; case and accents do not matter.',
  })
  suggest(
    @Arg('prefix', () => String, { description: 'What was typed (at most 100 characters).' })
    prefix: string,
    @Arg('first', () => Int, {
      defaultValue: 8,
      description: 'How many suggestions (at most 20).',
    })
    first: number,
    @Ctx() { catalog }: GraphQLContext,
  ) {
    if ([...prefix].length > MAX_PREFIX_LENGTH)
      throw userInputError(`"prefix" may be at most ${MAX_PREFIX_LENGTH} characters.`, 'prefix');
    if (!Number.isInteger(first) || first < 0 || first > MAX_SUGGESTIONS)
      throw userInputError(`"first" must be between 0 and ${MAX_SUGGESTIONS}.`, 'first');
    return catalog.suggest(prefix.replace(/\0/g, ''), first);
  }
}
