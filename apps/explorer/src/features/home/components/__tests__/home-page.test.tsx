import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ict, korea, nps, serviceQuality } from '../../../../test/fixtures';
import { currentUrl, renderRoute } from '../../../../test/render-route';
import { searchPracticesQuery } from '../../../search/api/search-practices.query';
import { browseCountsQuery } from '../../api/browse-counts.query';
import { homeQuery } from '../../api/home.query';
import { latestResultsQuery } from '../../api/latest-results.query';

function stats(
  entries: number,
  awards: number,
  certificatesOfMerit: number,
  specialMentions: number,
) {
  return {
    __typename: 'CompetitionStats' as const,
    entries,
    institutions: 20,
    countries: 15,
    awards,
    certificatesOfMerit,
    specialMentions,
    attestations: entries - awards - certificatesOfMerit,
  };
}

const homeMock = {
  request: { query: homeQuery },
  result: {
    data: {
      competitions: [
        {
          __typename: 'Competition' as const,
          id: 'K-AF2017',
          slug: 'africa-2017',
          title: 'Africa 2017',
          region: 'AFRICA' as const,
          year: 2017,
          triennium: '2017–2019',
          stats: stats(40, 1, 20, 5),
        },
        {
          __typename: 'Competition' as const,
          id: 'K-AP2018',
          slug: 'asia-and-the-pacific-2018',
          title: 'Asia and the Pacific 2018',
          region: 'ASIA_PACIFIC' as const,
          year: 2018,
          triennium: '2017–2019',
          stats: stats(76, 1, 53, 19),
        },
      ],
      priorityAreas: [ict, serviceQuality],
    },
  },
};

const latestMock = {
  request: { query: latestResultsQuery, variables: { region: 'ASIA_PACIFIC', year: 2018 } },
  result: {
    data: {
      competition: {
        __typename: 'Competition' as const,
        id: 'K-AP2018',
        slug: 'asia-and-the-pacific-2018',
        title: 'Asia and the Pacific 2018',
        resultsSentence: 'There were 76 entries from 20 organizations in 15 countries.',
        award: {
          __typename: 'PracticeConnection' as const,
          nodes: [
            {
              __typename: 'Practice' as const,
              id: 'P-AWARD',
              slug: 'one-stop-service-through-four-social-insurance-information-systems',
              title: 'One-stop service through four social insurance information systems',
              outcome: 'AWARD' as const,
              juryComment: 'This is world class service.',
              institution: nps,
              country: korea,
            },
          ],
        },
        specialMentions: {
          __typename: 'PracticeConnection' as const,
          totalCount: 1,
          nodes: [
            {
              __typename: 'Practice' as const,
              id: 'P-MENTION',
              slug: 'increasing-pension-enrolment-of-non-regular-workers',
              title: 'Increasing pension enrolment of non-regular workers',
              institution: nps,
              country: korea,
            },
          ],
        },
      },
    },
  },
};

const facet = (value: string, label: string, count: number) => ({
  __typename: 'FacetValue' as const,
  value,
  label,
  count,
});
const browseCountsMock = {
  request: { query: browseCountsQuery },
  result: {
    data: {
      practices: {
        __typename: 'PracticeConnection' as const,
        totalCount: 116,
        facets: {
          __typename: 'PracticeFacets' as const,
          regions: [
            facet('ASIA_PACIFIC', 'Asia and the Pacific', 76),
            facet('AFRICA', 'Africa', 40),
          ],
          priorityAreas: [
            facet('service-quality', 'Service Quality', 42),
            facet('information-and-communication-technology', 'ICT', 1),
          ],
        },
      },
    },
  },
};

describe('the home page', () => {
  it('shows the headline numbers, the latest winner and special mentions, and the priority areas', async () => {
    renderRoute('/', [homeMock, latestMock, browseCountsMock]);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Good practices in social security' }),
    ).toBeInTheDocument();
    const numbers = await screen.findByRole('region', { name: 'The programme in numbers' });
    expect(within(numbers).getByText('good practices').nextElementSibling).toHaveTextContent('116');
    expect(within(numbers).getByText('Certificates of Merit').nextElementSibling).toHaveTextContent(
      '73',
    );

    const latest = screen.getByRole('region', {
      name: 'Latest results: Asia and the Pacific 2018',
    });
    const winner = await within(latest).findByRole('article');
    expect(winner).toHaveTextContent('Award');
    expect(winner).toHaveTextContent('Republic of Korea: National Pension Service');
    expect(within(winner).getByRole('heading', { name: "Jury's comment" })).toBeInTheDocument();
    expect(
      within(latest).getByRole('link', {
        name: 'Increasing pension enrolment of non-regular workers',
      }),
    ).toHaveAttribute('href', '/practices/increasing-pension-enrolment-of-non-regular-workers');

    // The tiles come with their counts.
    expect(
      await screen.findByRole('link', { name: /^Service Quality\s*42 practices$/ }),
    ).toHaveAttribute('href', '/practices?area=service-quality');
    expect(
      screen.getByRole('link', { name: /^Information and Communication Technology\s*1 practice$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /^Africa\s*40 practices$/ })).toHaveAttribute(
      'href',
      '/practices?region=AFRICA',
    );
    expect(document.title).toBe('Good Practice Awards: good practices in social security');
  });

  it('sends a search to the search page', async () => {
    const searchMock = {
      request: {
        query: searchPracticesQuery,
        variables: { query: '"one-stop service"', sort: 'RELEVANCE', first: 20, facetValues: 8 },
      },
      delay: Number.POSITIVE_INFINITY,
    };
    const { router, user } = renderRoute('/', [homeMock, latestMock, browseCountsMock, searchMock]);
    await user.type(
      screen.getByRole('combobox', { name: 'Search good practices' }),
      '"one-stop service"{Enter}',
    );
    // The search page is a lazy route: the address changes once its code has arrived.
    await waitFor(() => expect(currentUrl(router)).toBe('/practices?q=%22one-stop+service%22'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Search good practices' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Search good practices' })).toHaveValue(
      '"one-stop service"',
    );
  });
});

describe('an unknown address', () => {
  it('shows the not-found page inside the site layout', () => {
    renderRoute('/no/such/page');
    expect(
      screen.getByRole('heading', { level: 1, name: 'We could not find that page' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Main' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
  });
});
