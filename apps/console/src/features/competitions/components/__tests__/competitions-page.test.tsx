import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../app/router';
import { competitionsOverviewQuery } from '../../api/competitions-overview.query';

function renderConsole(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: ['/'] });
  return render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

const asiaPacific2018 = {
  __typename: 'Competition' as const,
  id: 'K-AP2018',
  slug: 'asia-and-the-pacific-2018',
  title: 'Asia and the Pacific 2018',
  year: 2018,
  triennium: '2017–2019',
  publishedAt: '2018-10-30T09:00:00.000Z',
  stats: {
    __typename: 'CompetitionStats' as const,
    entries: 76,
    institutions: 20,
    countries: 15,
    awards: 1,
    certificatesOfMerit: 53,
    specialMentions: 19,
    attestations: 22,
  },
};

describe('the console overview', () => {
  it('lists the competitions with their status and numbers', async () => {
    renderConsole([
      {
        request: { query: competitionsOverviewQuery },
        result: { data: { competitions: [asiaPacific2018] } },
      },
    ]);

    expect(
      screen.getByRole('link', { name: 'Good Practice Awards — Console' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('Signing in arrives with the accounts work');

    const table = await screen.findByRole('table', { name: 'Published competitions' });
    const row = within(table).getByRole('row', { name: /Asia and the Pacific 2018/ });
    expect(within(row).getByRole('link', { name: 'Asia and the Pacific 2018' })).toHaveAttribute(
      'href',
      '/competitions/asia-and-the-pacific-2018',
    );
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells).toEqual([
      '2017–2019',
      'Published on 30 October 2018',
      '76',
      '20',
      '15',
      '1',
      '53',
      '19',
      '22',
    ]);
    expect(document.title).toBe('Competitions · Console · Good Practice Awards');
  });

  it('says so when nothing is published', async () => {
    renderConsole([
      { request: { query: competitionsOverviewQuery }, result: { data: { competitions: [] } } },
    ]);
    expect(await screen.findByText('No competitions are published yet.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers to try again when the API cannot be reached', async () => {
    renderConsole([
      { request: { query: competitionsOverviewQuery }, error: new Error('Failed to fetch') },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('We could not load the competitions.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
