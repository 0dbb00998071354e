import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { facetValue } from '../../../../test/fixtures';
import { currentUrl, renderRoute } from '../../../../test/render-route';
import { statisticsQuery } from '../../api/statistics.query';

const competitions = [
  {
    __typename: 'Competition' as const,
    id: 'K-1',
    slug: 'asia-and-the-pacific-2018',
    title: 'Asia and the Pacific 2018',
    region: 'ASIA_PACIFIC' as const,
    year: 2018,
  },
];

function answer(filter: unknown, total: number) {
  return {
    request: { query: statisticsQuery, variables: filter ? { filter } : {} },
    result: {
      data: {
        practices: {
          __typename: 'PracticeConnection' as const,
          totalCount: total,
          facets: {
            __typename: 'PracticeFacets' as const,
            regions: [facetValue('ASIA_PACIFIC', 'Asia and the Pacific', total)],
            countries: [
              facetValue('IR', 'Islamic Republic of Iran', 19),
              facetValue('KR', 'Republic of Korea', 8),
            ],
            priorityAreas: [
              facetValue('service-quality', 'Service Quality', 42),
              facetValue('good-governance', 'Good Governance', 19),
            ],
            outcomes: [
              facetValue('AWARD', 'Award', 1),
              facetValue('ATTESTATION', 'Attestation', 22),
            ],
            years: [facetValue('2018', '2018', total)],
          },
        },
        competitions,
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

describe('the statistics page', () => {
  it('gives every chart a table of its figures, with shares of the practices counted', async () => {
    renderRoute('/statistics', [answer(undefined, 76)]);
    expect(await screen.findByText('76 practices counted')).toBeInTheDocument();
    const areas = screen.getByRole('table', { name: 'Practices by priority area' });
    expect(
      within(areas)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['ValuePracticesShare', 'Service Quality4255.3%', 'Good Governance1925%']);
    const outcomes = screen.getByRole('table', { name: 'Practices by outcome' });
    // In the booklet's order, every outcome listed.
    expect(
      within(outcomes)
        .getAllByRole('rowheader')
        .map((r) => r.textContent),
    ).toEqual([
      'Award',
      'Certificate of Merit with Special Mention from the Jury',
      'Certificate of Merit',
      'Attestation',
    ]);
    expect(
      within(screen.getByRole('table', { name: 'Practices by country' })).getByRole('link', {
        name: 'Republic of Korea',
      }),
    ).toHaveAttribute('href', '/practices?country=KR');
  });

  it('narrows every chart to a competition chosen in the filters, and keeps it in the address', async () => {
    const { router, user } = renderRoute('/statistics', [
      answer(undefined, 76),
      answer({ regions: ['ASIA_PACIFIC'], years: [2018] }, 75),
    ]);
    await screen.findByText('76 practices counted');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Competition' }),
      'asia-and-the-pacific-2018',
    );
    await waitFor(() =>
      expect(currentUrl(router)).toBe('/statistics?competition=asia-and-the-pacific-2018'),
    );
    expect(await screen.findByText('75 practices counted')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveValue('ASIA_PACIFIC');
    expect(screen.getByRole('combobox', { name: 'Year' })).toHaveValue('2018');
  });
});
