/** The workloads' GraphQL documents: ours (the public contract) and PostGraphile's equivalents. */

/** `$facetValues`: how many values of each facet (null: all), as the explorer asks for them. */
const FACETS = `facets {
      regions(first: $facetValues) { value count } countries(first: $facetValues) { value count }
      institutions(first: $facetValues) { value count } priorityAreas(first: $facetValues) { value count }
      outcomes(first: $facetValues) { value count } years(first: $facetValues) { value count }
      valueCounts { regions countries institutions priorityAreas outcomes years }
    }`;

const LIST_NODE = `title slug institution { name } country { code } priorityAreas { slug } outcome highlight`;

export const OURS = {
  search: `query W1($q: String!, $regions: [Region!], $areas: [String!], $facetValues: Int) {
  practices(query: $q, filter: { regions: $regions, priorityAreaSlugs: $areas }, first: 20) {
    totalCount
    nodes { ${LIST_NODE} }
    ${FACETS}
  }
}`,
  browse: `query W2($regions: [Region!], $facetValues: Int) {
  practices(filter: { regions: $regions }, first: 20) {
    totalCount
    nodes { ${LIST_NODE} }
    ${FACETS}
  }
}`,
  detail: `query W3($slug: String!) {
  practice(slug: $slug) {
    title slug summary inOperationSince outcome juryComment
    institution { name acronym country { code name } }
    country { code name region }
    competition { title year region triennium }
    priorityAreas { slug name }
    sections { key heading body }
    figures { group label value before after unit }
    successFactors
    risks
  }
}`,
  page: `query W4($q: String!, $first: Int!, $after: String) {
  practices(query: $q, first: $first, after: $after) {
    nodes { title slug institution { name } country { code } highlight }
    pageInfo { endCursor hasNextPage }
  }
}`,
};

const PG_NODE = `title slug outcome
      institutionByInstitutionId { name }
      countryByCountryId { code }
      practicePriorityAreasByPracticeId(orderBy: POSITION_ASC) { nodes { priorityAreaByPriorityAreaId { slug } } }`;

export const POSTGRAPHILE = {
  search: `query W1($q: String!, $regions: [Region], $areas: [String], $facetValues: Int) {
  searchPractices(q: $q, regions: $regions, areaSlugs: $areas, first: 20) {
    totalCount
    nodes { ${PG_NODE} highlight(q: $q) }
  }
  searchFacets(q: $q, regions: $regions, areaSlugs: $areas, valuesPerFacet: $facetValues) {
    nodes { facet value count values }
  }
}`,
  browse: `query W2($regions: [Region], $facetValues: Int) {
  browsePractices(regions: $regions, first: 20) {
    totalCount
    nodes { ${PG_NODE} }
  }
  browseFacets(regions: $regions, valuesPerFacet: $facetValues) { nodes { facet value count values } }
}`,
  detail: `query W3($slug: String!) {
  practiceBySlug(slug: $slug) {
    title slug summary inOperationSince outcome juryText
    institutionByInstitutionId { name acronym countryByCountryId { code name } }
    countryByCountryId { code name region }
    competitionByCompetitionId { title year region triennium }
    practicePriorityAreasByPracticeId(orderBy: POSITION_ASC) { nodes { priorityAreaByPriorityAreaId { slug name } } }
    practiceSectionsByPracticeId(orderBy: KEY_ASC) { nodes { key body } }
    practiceLessonsByPracticeId(orderBy: [KIND_ASC, POSITION_ASC]) { nodes { kind text } }
    practiceFiguresByPracticeId(orderBy: POSITION_ASC) { nodes { groupLabel label value beforeValue afterValue unit } }
  }
}`,
  page: `query W4($q: String!, $first: Int!, $after: Cursor) {
  searchPractices(q: $q, first: $first, after: $after) {
    nodes { title slug institutionByInstitutionId { name } countryByCountryId { code } highlight(q: $q) }
    pageInfo { endCursor hasNextPage }
  }
}`,
};
