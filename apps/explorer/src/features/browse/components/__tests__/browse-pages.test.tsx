import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { korea, nps, pageInfo, practiceCard } from '../../../../test/fixtures';
import { currentUrl, renderRoute } from '../../../../test/render-route';
import { countryPracticesQuery } from '../../api/country-practices.query';
import { institutionPracticesQuery } from '../../api/institution-practices.query';

const practices = {
  __typename: 'PracticeConnection' as const,
  totalCount: 1,
  pageInfo: pageInfo(false, 'c1'),
  nodes: [
    practiceCard({
      id: 'P-AWARD',
      slug: 'one-stop-service',
      title: 'One-stop service through four social insurance information systems',
      institution: nps,
      country: korea,
      outcome: 'AWARD',
    }),
  ],
};

describe('the browse pages', () => {
  it('lists an institution’s practices with their count', async () => {
    renderRoute('/institutions/national-pension-service', [
      {
        request: {
          query: institutionPracticesQuery,
          variables: {
            slug: 'national-pension-service',
            filter: { institutionSlugs: ['national-pension-service'] },
            sort: 'NEWEST',
            first: 20,
          },
        },
        result: {
          data: { institution: { ...nps, acronym: 'NPS', country: korea }, practices },
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'National Pension Service (NPS)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: '1 published practice' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', {
        name: 'One-stop service through four social insurance information systems',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Search and filter these practices' })).toHaveAttribute(
      'href',
      '/practices?institution=national-pension-service',
    );
  });

  it('sends a lower-case country code to its canonical address', async () => {
    const { router } = renderRoute('/countries/kr', [
      {
        request: {
          query: countryPracticesQuery,
          variables: { code: 'KR', filter: { countryCodes: ['KR'] }, sort: 'NEWEST', first: 20 },
        },
        result: { data: { country: { ...korea, region: 'ASIA_PACIFIC' }, practices } },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Republic of Korea' }),
    ).toBeInTheDocument();
    expect(currentUrl(router)).toBe('/countries/KR');
    expect(screen.getByText('Country · Asia and the Pacific')).toBeInTheDocument();
  });

  it('shows the not-found page for a country the API does not know', async () => {
    renderRoute('/countries/ZZ', [
      {
        request: {
          query: countryPracticesQuery,
          variables: { code: 'ZZ', filter: { countryCodes: ['ZZ'] }, sort: 'NEWEST', first: 20 },
        },
        result: {
          data: {
            country: null,
            practices: { ...practices, totalCount: 0, nodes: [] },
          },
        },
      },
    ]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that country' }),
    ).toBeInTheDocument();
  });
});
