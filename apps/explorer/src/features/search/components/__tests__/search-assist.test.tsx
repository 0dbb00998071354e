import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { suggestQuery } from '../../../../components/search-box/suggest.query';
import { facetValue, searchFacets, pageInfo, practiceCard } from '../../../../test/fixtures';
import { currentUrl, renderRoute } from '../../../../test/render-route';
import { searchPracticesQuery } from '../../api/search-practices.query';

function facets() {
  return searchFacets({
    regions: [facetValue('ASIA_PACIFIC', 'Asia and the Pacific', 7)],
    countries: [facetValue('IR', 'Islamic Republic of Iran', 2)],
    institutions: [],
    priorityAreas: [],
    outcomes: [],
    years: [facetValue('2018', '2018', 7)],
  });
}

function searchResult(query: string, total: number, didYouMean: string | null) {
  return {
    request: {
      query: searchPracticesQuery,
      variables: { query, sort: 'RELEVANCE', first: 20, facetValues: 8 },
    },
    result: {
      data: {
        practices: {
          __typename: 'PracticeConnection' as const,
          totalCount: total,
          didYouMean,
          pageInfo: pageInfo(false, null),
          nodes: total ? [practiceCard()] : [],
          facets: facets(),
        },
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

function suggestions(prefix: string) {
  return {
    request: { query: suggestQuery, variables: { prefix, first: 8 } },
    result: {
      data: {
        suggest: [
          {
            __typename: 'Suggestion' as const,
            kind: 'PRACTICE' as const,
            label: 'Social security mobile services',
            slug: 'social-security-mobile-services',
            url: '/practices/social-security-mobile-services',
          },
          {
            __typename: 'Suggestion' as const,
            kind: 'COUNTRY' as const,
            label: 'Republic of Korea',
            slug: 'KR',
            url: '/countries/KR',
          },
        ],
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('the search page helps the visitor', () => {
  it('offers "did you mean" when a misspelt search finds nothing, as a link to that search', async () => {
    renderRoute('/practices?q=moblie', [searchResult('moblie', 0, 'mobile')]);
    expect(await screen.findByText('No practices match “moblie”')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'mobile' });
    expect(link).toHaveAttribute('href', '/practices?q=mobile');
    expect(link.closest('p')).toHaveTextContent('Did you mean mobile?');
  });

  it('says nothing of a suggestion when the API has none', async () => {
    renderRoute('/practices?q=zzzz', [searchResult('zzzz', 0, null)]);
    expect(await screen.findByText('No practices match “zzzz”')).toBeInTheDocument();
    expect(screen.queryByText(/Did you mean/)).not.toBeInTheDocument();
  });

  it('offers the whole result set for download as CSV and JSON', async () => {
    renderRoute('/practices?q=mobile', [searchResult('mobile', 7, null)]);
    expect(await screen.findByText('7 practices found')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the 7 results as CSV' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Download the 7 results as JSON' })).toBeEnabled();
  });

  it('suggests while typing; arrow keys choose and Enter opens the suggestion', async () => {
    const { router, user } = renderRoute('/practices', [
      {
        request: {
          query: searchPracticesQuery,
          variables: { sort: 'NEWEST', first: 20, facetValues: 8 },
        },
        result: searchResult('', 7, null).result,
      },
      suggestions('mobi'),
    ]);
    const box = await screen.findByRole('combobox', { name: 'Search good practices' });
    await user.type(box, 'mobi');
    const list = await screen.findByRole('listbox', { name: 'Suggestions' });
    const options = within(list).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Social security mobile servicesPractice',
      'Republic of KoreaCountry',
    ]);
    expect(box).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1]!.id);
    await user.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(box).toHaveAttribute('aria-expanded', 'true'));
    await user.keyboard('{ArrowDown}{Enter}');
    await waitFor(() =>
      expect(currentUrl(router)).toBe('/practices/social-security-mobile-services'),
    );
  });
});
