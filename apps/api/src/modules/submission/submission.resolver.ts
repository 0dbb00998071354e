import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { userInputError } from '../../graphql/errors.js';
import { fromGlobalId, localIdOrNotFound, toGlobalId } from '../../graphql/node-id.js';
import { type SubmissionFilter, type SubmissionSort } from './submission-list.service.js';
import { SubmissionFilterInput, SubmissionSortEnum } from './submission-list.types.js';
import { fromSubmissionInput, toSubmission } from './submission.mapper.js';
import {
  SubmissionFormOptionsType,
  SubmissionInput,
  SubmissionOptionType,
  SubmissionPageType,
  SubmissionRowType,
  SubmissionType,
} from './submission.types.js';

const entryId = (id: string) => localIdOrNotFound(id, 'Practice', 'This entry');
const competitionId = (id: string) => localIdOrNotFound(id, 'Competition', 'This competition');

/** Global ids of one type to local ids; anything else is the caller's error, naming the field. */
export function localIds(
  ids: readonly string[] | null | undefined,
  type: 'Institution' | 'PriorityArea',
  field: string,
): string[] | null {
  if (!ids) return null;
  return ids.map((id) => {
    const parsed = fromGlobalId(id);
    if (!parsed || parsed.type !== type) throw userInputError(`"${id}" is not a valid id.`, field);
    return parsed.id;
  });
}

export function toListFilter(input: SubmissionFilterInput | null | undefined): SubmissionFilter {
  if (!input) return {};
  return {
    ...input,
    institutionIds: localIds(input.institutionIds, 'Institution', 'institutionIds'),
    priorityAreaIds: localIds(input.priorityAreaIds, 'PriorityArea', 'priorityAreaIds'),
  };
}

const option = (id: string, label: string, countryCode: string | null = null) =>
  Object.assign(new SubmissionOptionType(), { id, label, countryCode });

/** The secretariat's side of entries: the form, the table and withdrawal. Secretariat only. */
@Resolver()
export class SubmissionResolver {
  @Authorized('SECRETARIAT')
  @Query(() => SubmissionType, { description: 'One entry with every field of the form.' })
  async submission(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext) {
    return toSubmission(await services.submissions.get(viewer!, entryId(id)));
  }

  @Authorized('SECRETARIAT')
  @Query(() => SubmissionFormOptionsType, {
    description: "A competition's priority areas, the institutions and the countries with entries.",
  })
  async submissionFormOptions(
    @Arg('competitionId', () => ID) id: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    const o = await services.submissionOptions.options(viewer!, competitionId(id));
    return Object.assign(new SubmissionFormOptionsType(), {
      competitionId: id,
      competitionTitle: o.title,
      competitionStatus: o.status,
      priorityAreas: o.priorityAreas.map((a) => option(toGlobalId('PriorityArea', a.id), a.name)),
      institutions: o.institutions.map((i) =>
        option(toGlobalId('Institution', i.id), i.name, i.countryCode),
      ),
      countries: o.countries.map((c) => option(c.code, c.name)),
    });
  }

  @Authorized('SECRETARIAT')
  @Query(() => SubmissionPageType, {
    description:
      "A page of a competition's entries, filtered and sorted on the server (every status, withdrawn included).",
  })
  async submissions(
    @Arg('competitionId', () => ID) id: string,
    @Arg('filter', () => SubmissionFilterInput, { nullable: true })
    filter: SubmissionFilterInput | null,
    @Arg('sort', () => SubmissionSortEnum, { defaultValue: 'TITLE' }) sort: SubmissionSort,
    @Arg('descending', () => Boolean, { defaultValue: false }) descending: boolean,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset: number,
    @Ctx() { services, viewer }: GraphQLContext,
  ) {
    const page = await services.submissionList.page(viewer!, competitionId(id), {
      filter: toListFilter(filter),
      sort,
      descending,
      first,
      offset,
    });
    return Object.assign(new SubmissionPageType(), {
      ...page,
      nodes: page.nodes.map((r) =>
        Object.assign(new SubmissionRowType(), { ...r, id: toGlobalId('Practice', r.id) }),
      ),
    });
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => SubmissionType, {
    description:
      'Enters a new entry in an OPEN competition: as a draft (loose checks) or submitted (every rule). Refusals are BAD_USER_INPUT naming the field.',
  })
  async createSubmission(
    @Arg('competitionId', () => ID) id: string,
    @Arg('input', () => SubmissionInput) input: SubmissionInput,
    @Arg('submit', () => Boolean, { defaultValue: false }) submit: boolean,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const entry = fromSubmissionInput(input);
    return toSubmission(
      await services.submissions.create(viewer!, competitionId(id), entry, submit, requestId),
    );
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => SubmissionType, {
    description:
      'Saves every field of an entry (autosave of drafts; `submit` submits a draft). Name the version you read: a save based on an older one is refused with CONFLICT and the current entry in `extensions.current`.',
  })
  async saveSubmission(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => SubmissionInput) input: SubmissionInput,
    @Arg('submit', () => Boolean, { defaultValue: false }) submit: boolean,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const localId = entryId(id);
    const entry = fromSubmissionInput(input);
    return toSubmission(
      await services.submissions.save(viewer!, localId, expectedVersion, entry, submit, requestId),
    );
  }

  @Authorized('SECRETARIAT')
  @Mutation(() => [SubmissionType], {
    description:
      'Withdraws entries (kept, marked WITHDRAWN, never judged or published) or restores them (submitted again if they pass every rule, else as drafts). All or none.',
  })
  async setSubmissionsWithdrawn(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('withdrawn', () => Boolean) withdrawn: boolean,
    @Ctx() { services, viewer, requestId }: GraphQLContext,
  ) {
    const records = await services.submissions.setWithdrawn(
      viewer!,
      ids.map(entryId),
      withdrawn,
      requestId,
    );
    return records.map(toSubmission);
  }
}
