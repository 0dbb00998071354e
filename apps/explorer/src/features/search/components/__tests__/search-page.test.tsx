import { type MockLink } from '@apollo/client/testing';
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { morePracticesQuery } from '../../../../components/practice-list/more-practices.query';
import {
  type MorePracticesQueryVariables,
  type SearchPracticesQueryVariables,
} from '../../../../generated/graphql';
import {
  facetValue,
  searchFacets,
  korea,
  nps,
  pageInfo,
  practiceCard,
} from '../../../../test/fixtures';
import { currentUrl, renderRoute } from '../../../../test/render-route';
import { facetValuesQuery } from '../../api/facet-values.query';
import { searchPracticesQuery } from '../../api/search-practices.query';

const eServices = practiceCard({
  highlight: 'Comprehensive <mark>e-services</mark>: more effective',
});
const oneStop = practiceCard({
  id: 'P-2',
  slug: 'one-stop-service-through-four-social-insurance-information-systems',
  title: 'One-stop service through four social insurance information systems',
  institution: nps,
  country: korea,
  outcome: 'AWARD',
});

function facets() {
  return searchFacets({
    regions: [facetValue('ASIA_PACIFIC', 'Asia and the Pacific', 76)],
    countries: [
      facetValue('IR', 'Islamic Republic of Iran', 23),
      facetValue('KR', 'Republic of Korea', 9),
    ],
    institutions: [facetValue('national-pension-service', 'National Pension Service', 4)],
    priorityAreas: [facetValue('service-quality', 'Service Quality', 41)],
    outcomes: [facetValue('AWARD', 'Award', 1)],
    years: [facetValue('2018', '2018', 76)],
  });
}

/** Answers every search, recording the variables each request was sent with. */
function searchMock(
  calls: SearchPracticesQueryVariables[],
  page: { nodes: ReturnType<typeof practiceCard>[]; totalCount?: number; endCursor?: string } = {
    nodes: [eServices, oneStop],
  },
): MockLink.MockedResponse {
  return {
    request: {
      query: searchPracticesQuery,
      variables: (variables: SearchPracticesQueryVariables) => {
        calls.push(variables);
        return true;
      },
    },
    result: () => ({
      data: {
        practices: {
          __typename: 'PracticeConnection',
          totalCount: page.totalCount ?? page.nodes.length,
          didYouMean: null,
          pageInfo: pageInfo(Boolean(page.endCursor), page.endCursor ?? null),
          nodes: page.nodes,
          facets: facets(),
        },
      },
    }),
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

/** Eleven institutions, most practices first. */
const elevenInstitutions = Array.from({ length: 11 }, (_, i) =>
  facetValue(`institution-${i + 1}`, `Institution ${i + 1}`, 20 - i),
);

/** A search whose institution facet lists its first 8 of 11 values and the selected 11th. */
function searchWithFirstInstitutions(): MockLink.MockedResponse {
  const institutions = elevenInstitutions;
  return {
    request: { query: searchPracticesQuery, variables: () => true },
    result: {
      data: {
        practices: {
          __typename: 'PracticeConnection',
          totalCount: 2,
          didYouMean: null,
          pageInfo: pageInfo(false, null),
          nodes: [eServices, oneStop],
          // The first 8, then the selected one the API adds.
          facets: searchFacets(
            { ...facets(), institutions: [...institutions.slice(0, 8), institutions[10]!] },
            { institutions: 11 },
          ),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const allInstitutions = {
  data: {
    practices: {
      __typename: 'PracticeConnection',
      facets: { __typename: 'PracticeFacets', institutions: elevenInstitutions },
    },
  },
};

describe('the search page', () => {
  it('reads the query, the filters and the order from the address', async () => {
    const calls: SearchPracticesQueryVariables[] = [];
    renderRoute('/practices?q=e-services&region=ASIA_PACIFIC&country=KR&sort=TITLE', [
      searchMock(calls),
    ]);

    expect(
      await screen.findByRole('heading', { name: /Comprehensive e-services/, level: 3 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Search good practices' })).toHaveValue(
      'e-services',
    );
    expect(screen.getByRole('checkbox', { name: /Asia and the Pacific/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Republic of Korea/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Islamic Republic of Iran/ })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('TITLE');
    expect(calls[0]).toEqual({
      query: 'e-services',
      filter: { regions: ['ASIA_PACIFIC'], countryCodes: ['KR'] },
      sort: 'TITLE',
      first: 20,
      facetValues: 8,
    });
    expect(screen.getByRole('status')).toHaveTextContent('2 practices found');
    expect(document.title).toBe('Search: e-services · Good Practice Awards');
  });

  it('shows each result with its institution, country, outcome and marked snippet', async () => {
    renderRoute('/practices?q=e-services', [searchMock([])]);
    const heading = await screen.findByRole('heading', { name: /Comprehensive e-services/ });
    const card = heading.closest('article')!;
    expect(within(card).getByRole('link', { name: heading.textContent! })).toHaveAttribute(
      'href',
      '/practices/comprehensive-e-services-more-effective-more-reliable',
    );
    expect(
      within(card).getByRole('link', { name: 'Iranian Social Security Organization' }),
    ).toHaveAttribute('href', '/institutions/iranian-social-security-organization');
    expect(within(card).getByRole('link', { name: 'Islamic Republic of Iran' })).toHaveAttribute(
      'href',
      '/countries/IR',
    );
    expect(within(card).getByText('Certificate of Merit')).toBeInTheDocument();
    expect(within(card).getByText('e-services', { selector: 'mark' })).toBeInTheDocument();
    expect(within(card).getByRole('list', { name: 'Priority areas' })).toHaveTextContent(
      'Service Quality',
    );
  });

  it('puts a toggled facet value in the address, and back restores the previous view', async () => {
    const calls: SearchPracticesQueryVariables[] = [];
    const { router, user } = renderRoute('/practices?q=e-services&country=KR', [searchMock(calls)]);

    await user.click(await screen.findByRole('checkbox', { name: /Islamic Republic of Iran/ }));
    expect(currentUrl(router)).toBe('/practices?q=e-services&country=KR&country=IR');
    expect(screen.getByRole('checkbox', { name: /Islamic Republic of Iran/ })).toBeChecked();
    await waitFor(() =>
      expect(calls.at(-1)).toMatchObject({ filter: { countryCodes: ['KR', 'IR'] } }),
    );

    await user.click(screen.getByRole('checkbox', { name: /Republic of Korea/ }));
    expect(currentUrl(router)).toBe('/practices?q=e-services&country=IR');
    expect(screen.getByRole('checkbox', { name: /Republic of Korea/ })).not.toBeChecked();

    await act(() => router.navigate(-1));
    expect(currentUrl(router)).toBe('/practices?q=e-services&country=KR&country=IR');
    expect(screen.getByRole('checkbox', { name: /Republic of Korea/ })).toBeChecked();
  });

  it('removes a filter with its chip, and clears them all', async () => {
    const { router, user } = renderRoute(
      '/practices?q=pension&country=KR&area=service-quality&sort=TITLE',
      [searchMock([])],
    );

    await user.click(
      await screen.findByRole('button', { name: 'Remove filter Country: Republic of Korea' }),
    );
    expect(currentUrl(router)).toBe('/practices?q=pension&area=service-quality&sort=TITLE');
    expect(screen.queryByRole('button', { name: /Remove filter Country/ })).not.toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /Republic of Korea/ })).not.toBeChecked();
    expect(screen.getByRole('heading', { name: 'Results' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(currentUrl(router)).toBe('/practices?q=pension&sort=TITLE');
    expect(
      screen.getByRole('button', { name: 'Remove filter Search: “pension”' }),
    ).toBeInTheDocument();
  });

  it('keeps the filters when a new text is searched, and the order in the address', async () => {
    const { router, user } = renderRoute('/practices?country=KR', [searchMock([])]);
    const box = await screen.findByRole('combobox', { name: 'Search good practices' });
    await user.type(box, 'return to work{Enter}');
    expect(currentUrl(router)).toBe('/practices?q=return+to+work&country=KR');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'TITLE');
    expect(currentUrl(router)).toBe('/practices?q=return+to+work&country=KR&sort=TITLE');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'RELEVANCE');
    expect(currentUrl(router)).toBe('/practices?q=return+to+work&country=KR');
  });

  it('loads the next page after the last cursor and appends it', async () => {
    const more: MorePracticesQueryVariables[] = [];
    const third = practiceCard({
      id: 'P-3',
      slug: 'social-security-mobile-services',
      title: 'Social security mobile services',
    });
    const { user } = renderRoute('/practices?country=IR', [
      searchMock([], { nodes: [eServices, oneStop], totalCount: 3, endCursor: 'cursor-2' }),
      {
        request: {
          query: morePracticesQuery,
          variables: (variables: MorePracticesQueryVariables) => {
            more.push(variables);
            return true;
          },
        },
        result: {
          data: {
            practices: {
              __typename: 'PracticeConnection',
              pageInfo: pageInfo(false, 'cursor-3'),
              nodes: [third],
            },
          },
        },
      },
    ]);

    expect(await screen.findByText('Showing 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load more practices' }));
    expect(
      await screen.findByRole('heading', { name: 'Social security mobile services' }),
    ).toBeInTheDocument();
    expect(more).toEqual([
      { filter: { countryCodes: ['IR'] }, sort: 'NEWEST', first: 20, after: 'cursor-2' },
    ]);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.getByText('Showing 3 of 3')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more practices' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Social security mobile services' })).toHaveFocus();
  });

  it('shows each search its own snippets when the visitor goes back', async () => {
    const { router, user } = renderRoute('/practices?q=pension', [
      {
        request: { query: searchPracticesQuery, variables: () => true },
        result: (variables: SearchPracticesQueryVariables) => ({
          data: {
            practices: {
              __typename: 'PracticeConnection',
              totalCount: 1,
              pageInfo: pageInfo(false, null),
              nodes: [
                practiceCard({ highlight: `About <mark>${variables.query}</mark> services` }),
              ],
              facets: facets(),
            },
          },
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ]);

    expect(await screen.findByText('pension', { selector: 'mark' })).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Search good practices' });
    await user.clear(box);
    await user.type(box, 'health{Enter}');
    expect(await screen.findByText('health', { selector: 'mark' })).toBeInTheDocument();

    await act(() => router.navigate(-1));
    expect(await screen.findByText('pension', { selector: 'mark' })).toBeInTheDocument();
    expect(screen.queryByText('health', { selector: 'mark' })).not.toBeInTheDocument();
  });

  it("shows a facet's first values and fetches the rest when the visitor expands it", async () => {
    const asked: unknown[] = [];
    const { user } = renderRoute('/practices?q=e-services&institution=institution-11', [
      searchWithFirstInstitutions(),
      {
        request: {
          query: facetValuesQuery,
          variables: (variables: unknown) => {
            asked.push(variables);
            return true;
          },
        },
        result: allInstitutions,
      },
      // The next search's values: still on their way.
      {
        request: {
          query: facetValuesQuery,
          variables: (variables: unknown) => {
            asked.push(variables);
            return true;
          },
        },
        delay: Number.POSITIVE_INFINITY,
      },
    ]);

    const group = await screen.findByRole('group', { name: 'Institution' });
    // Collapsed: the first 8 and the ticked one.
    await waitFor(() => expect(within(group).getAllByRole('checkbox')).toHaveLength(9));
    expect(within(group).getByRole('checkbox', { name: /Institution 11/ })).toBeChecked();
    await user.click(within(group).getByRole('button', { name: /Show all 11/ }));
    await waitFor(() => expect(within(group).getAllByRole('checkbox')).toHaveLength(11));
    expect(within(group).getByRole('checkbox', { name: /^Institution 10\b/ })).toBeVisible();
    // Only the expanded facet's values are asked for.
    expect(asked).toEqual([
      {
        query: 'e-services',
        filter: { institutionSlugs: ['institution-11'] },
        regions: false,
        countries: false,
        institutions: true,
        priorityAreas: false,
        outcomes: false,
        years: false,
      },
    ]);
    // Ticking another value: the full list stays, marked busy, until the next one arrives.
    await user.click(within(group).getByRole('checkbox', { name: /^Institution 3\b/ }));
    await waitFor(() => expect(asked).toHaveLength(2));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(11);
    expect(within(group).getByRole('list')).toHaveAttribute('aria-busy', 'true');
    await user.click(within(group).getByRole('button', { name: /Show fewer/ }));
    expect(within(group).getAllByRole('checkbox')).toHaveLength(9);
  });

  it('says so when the rest of a facet cannot be loaded, and tries again', async () => {
    const { user } = renderRoute('/practices?q=e-services&institution=institution-11', [
      searchWithFirstInstitutions(),
      { request: { query: facetValuesQuery, variables: () => true }, error: new Error('Boom') },
      { request: { query: facetValuesQuery, variables: () => true }, result: allInstitutions },
    ]);
    const group = await screen.findByRole('group', { name: 'Institution' });
    await user.click(await within(group).findByRole('button', { name: /Show all 11/ }));
    expect(await within(group).findByRole('alert')).toHaveTextContent(
      'We could not load institution values.',
    );
    expect(within(group).getAllByRole('checkbox')).toHaveLength(9);
    await user.click(within(group).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(group).getAllByRole('checkbox')).toHaveLength(11));
    expect(within(group).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    renderRoute('/practices?q=zzz&country=KR', [searchMock([], { nodes: [] })]);
    expect(await screen.findByText(/No practices match “zzz”/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('0 practices found');
  });
});
