import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../app/router';
import { viewerQuery } from '../../../../app/viewer';
import { competitionPublicationQuery } from '../../api/preview.api';

const secretariat = {
  request: { query: viewerQuery },
  result: {
    data: {
      me: {
        __typename: 'Viewer',
        id: 'u1',
        email: 's@example.org',
        displayName: 'Sara',
        roles: ['SECRETARIAT'],
      },
    },
  },
};

function renderPreview(status: string) {
  const router = createMemoryRouter(routes, { initialEntries: ['/competitions/K-AP2019/preview'] });
  render(
    <MockedProvider
      mocks={[
        secretariat,
        {
          request: { query: competitionPublicationQuery, variables: { id: 'K-AP2019' } },
          result: {
            data: {
              managedCompetition: {
                __typename: 'ManagedCompetition',
                id: 'K-AP2019',
                slug: 'asia-and-the-pacific-2019',
                title: 'Asia and the Pacific 2019',
                status,
                version: 7,
                entryCount: 11,
                decidedCount: 11,
              },
            },
          },
        },
      ]}
    >
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

describe('the publication page', () => {
  it("opens the explorer's own page in preview mode, and offers to publish a decided competition", async () => {
    renderPreview('DECIDED');
    const link = await screen.findByRole('link', {
      name: 'Open the preview of the public page (new tab)',
    });
    expect(link).toHaveAttribute(
      'href',
      '/competitions/asia-and-the-pacific-2019?preview=K-AP2019',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.getByText('11 submitted, 11 with a decision')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish the results' })).toBeInTheDocument();
    // No copy of the public page's layout here: the explorer renders it.
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('links to the public page once the results are published, with nothing left to publish', async () => {
    renderPreview('PUBLISHED');
    const link = await screen.findByRole('link', { name: 'Open the public page' });
    expect(link).toHaveAttribute('href', '/competitions/asia-and-the-pacific-2019');
    expect(screen.queryByRole('button', { name: 'Publish the results' })).not.toBeInTheDocument();
  });

  it('publishes only a decided competition', async () => {
    renderPreview('JUDGING');
    await screen.findByRole('link', { name: 'Open the preview of the public page (new tab)' });
    expect(screen.queryByRole('button', { name: 'Publish the results' })).not.toBeInTheDocument();
    expect(
      screen.getByText('The results can be published once the competition is decided.'),
    ).toBeInTheDocument();
  });
});
