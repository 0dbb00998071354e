/** Example operations shown on /api; each is valid against the public schema. */
export interface ApiExample {
  id: 'search' | 'practice' | 'competition' | 'nextPage';
  query: string;
  variables: Record<string, unknown>;
}

export const API_EXAMPLES: readonly ApiExample[] = [
  {
    id: 'search',
    query: `query Search($query: String, $filter: PracticeFilter) {
  practices(query: $query, filter: $filter, first: 5) {
    totalCount
    nodes {
      slug
      title
      outcome
      institution { name }
      country { code name }
      highlight
    }
    facets {
      countries { value label count }
      priorityAreas { value label count }
    }
  }
}`,
    variables: { query: 'mobile', filter: { regions: ['ASIA_PACIFIC'] } },
  },
  {
    id: 'practice',
    query: `query Practice($slug: String!) {
  practice(slug: $slug) {
    title
    summary
    inOperationSince
    outcome
    juryComment
    institution { name acronym }
    country { name }
    priorityAreas { name }
    sections { heading body }
  }
}`,
    variables: { slug: 'comprehensive-e-services-more-effective-more-reliable' },
  },
  {
    id: 'competition',
    query: `query Results($region: Region!, $year: Int!) {
  competition(region: $region, year: $year) {
    title
    resultsSentence
    stats { entries institutions countries awards certificatesOfMerit specialMentions attestations }
    award: entries(outcome: AWARD, first: 1) {
      nodes { title institution { name } juryComment }
    }
  }
}`,
    variables: { region: 'ASIA_PACIFIC', year: 2018 },
  },
  {
    id: 'nextPage',
    query: `query NextPage($after: String) {
  practices(sort: TITLE, first: 20, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { slug title }
  }
}`,
    variables: { after: null },
  },
];
