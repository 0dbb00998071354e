import { type CompetitionEntryFragment, type PracticeCardFragment } from '../generated/graphql';

/** Data as the API returns it, with the __typename fields the Apollo cache needs. */
export const korea = {
  __typename: 'Country' as const,
  id: 'C-KR',
  code: 'KR',
  name: 'Republic of Korea',
};
export const iran = {
  __typename: 'Country' as const,
  id: 'C-IR',
  code: 'IR',
  name: 'Islamic Republic of Iran',
};
export const nps = {
  __typename: 'Institution' as const,
  id: 'I-NPS',
  slug: 'national-pension-service',
  name: 'National Pension Service',
};
export const sso = {
  __typename: 'Institution' as const,
  id: 'I-SSO',
  slug: 'iranian-social-security-organization',
  name: 'Iranian Social Security Organization',
};
export const ict = {
  __typename: 'PriorityArea' as const,
  id: 'A-ICT',
  slug: 'information-and-communication-technology',
  name: 'Information and Communication Technology',
};
export const serviceQuality = {
  __typename: 'PriorityArea' as const,
  id: 'A-SQ',
  slug: 'service-quality',
  name: 'Service Quality',
};
export const asia2018 = {
  __typename: 'Competition' as const,
  id: 'K-AP2018',
  slug: 'asia-and-the-pacific-2018',
  title: 'Asia and the Pacific 2018',
};

export function practiceCard(overrides: Partial<PracticeCardFragment> = {}): PracticeCardFragment {
  return {
    __typename: 'Practice',
    id: 'P-1',
    slug: 'comprehensive-e-services-more-effective-more-reliable',
    title: 'Comprehensive e-services: More effective, more reliable',
    summary: 'In developing e-services, the vision of the SSO is to minimize in-person visits.',
    highlight: null,
    outcome: 'CERTIFICATE_OF_MERIT',
    institution: sso,
    country: iran,
    priorityAreas: [ict, serviceQuality],
    competition: asia2018,
    ...overrides,
  };
}

export function competitionEntry(
  overrides: Partial<CompetitionEntryFragment> = {},
): CompetitionEntryFragment {
  return {
    __typename: 'Practice',
    id: 'P-1',
    slug: 'comprehensive-e-services-more-effective-more-reliable',
    title: 'Comprehensive e-services: More effective, more reliable',
    outcome: 'CERTIFICATE_OF_MERIT',
    summary: null,
    juryComment: null,
    institution: sso,
    country: iran,
    priorityAreas: [ict, serviceQuality],
    ...overrides,
  };
}

export function pageInfo(hasNextPage: boolean, endCursor: string | null) {
  return { __typename: 'PageInfo' as const, hasNextPage, endCursor };
}

export function facetValue(value: string, label: string, count: number) {
  return { __typename: 'FacetValue' as const, value, label, count };
}

type FacetLists = Record<
  'regions' | 'countries' | 'institutions' | 'priorityAreas' | 'outcomes' | 'years',
  ReturnType<typeof facetValue>[]
>;

/**
 * A search's facets as the search page asks for them: the lists as given, and how many values
 * each has in all (the lists' lengths unless `valueCounts` says there are more).
 */
export function searchFacets(
  lists: FacetLists,
  valueCounts: Partial<Record<keyof FacetLists, number>> = {},
) {
  const counts = Object.fromEntries(
    Object.entries(lists).map(([facet, values]) => [facet, values.length]),
  ) as Record<keyof FacetLists, number>;
  return {
    __typename: 'PracticeFacets' as const,
    ...lists,
    valueCounts: { __typename: 'FacetValueCounts' as const, ...counts, ...valueCounts },
  };
}
