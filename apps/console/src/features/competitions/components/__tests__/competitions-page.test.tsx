import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it, vi } from 'vitest';
import { routes } from '../../../../app/router';
import { viewerQuery } from '../../../../app/viewer';
import { managedCompetitionsQuery } from '../../api/competitions.api';
import { CompetitionForm, type CompetitionFormValues } from '../competition-form';

const me = (roles: string[]) => ({
  request: { query: viewerQuery },
  result: {
    data: {
      me: roles.length
        ? { __typename: 'Viewer', id: 'u1', email: 's@example.org', displayName: 'Sara', roles }
        : null,
    },
  },
});

function renderConsole(mocks: MockLink.MockedResponse[], path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

const competition = {
  __typename: 'ManagedCompetition' as const,
  id: 'K-AP2019',
  slug: 'asia-and-the-pacific-2019',
  title: 'Asia and the Pacific 2019',
  region: 'ASIA_PACIFIC',
  year: 2019,
  status: 'OPEN',
  version: 3,
  publishedAt: null,
  entryCount: 12,
  decidedCount: 0,
  submissionDeadline: '2019-03-31',
};

describe('the console shell', () => {
  it('sends a signed-out visitor to the sign-in page, remembering where they were going', async () => {
    const router = renderConsole([me([])], '/institutions');
    expect(
      await screen.findByRole('heading', { name: 'Sign in to the console' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(router.state.location.search).toBe('?from=%2Finstitutions');
  });

  it('tells a jury member that a secretariat page is not for them', async () => {
    renderConsole([me(['JURY'])], '/institutions');
    expect(
      await screen.findByRole('heading', { name: 'You may not open this page' }),
    ).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).queryByRole('link', { name: 'Institutions' })).not.toBeInTheDocument();
  });

  it('lists the competitions of every status for the secretariat', async () => {
    renderConsole([
      me(['SECRETARIAT']),
      {
        request: { query: managedCompetitionsQuery },
        result: { data: { managedCompetitions: [competition] } },
      },
    ]);
    const table = await screen.findByRole('table', { name: 'Competitions, latest first' });
    const row = within(table).getByRole('row', { name: /Asia and the Pacific 2019/ });
    expect(within(row).getByRole('link', { name: 'Asia and the Pacific 2019' })).toHaveAttribute(
      'href',
      '/competitions/K-AP2019',
    );
    expect(row).toHaveTextContent('Open for entries');
    expect(row).toHaveTextContent('31 March 2019');
    expect(screen.getByRole('link', { name: 'New competition' })).toBeInTheDocument();
    expect(screen.getByText('Sara')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
  });
});

describe('the competition form', () => {
  const initial: CompetitionFormValues = {
    region: 'ASIA_PACIFIC',
    year: '2019',
    trienniumStartYear: '2020',
    priorityAreaIds: [],
    forumName: '',
    forumPlace: '',
    forumDate: '2019-10-01',
    submissionDeadline: '2019-12-01',
    introduction: '',
    juryIntroduction: '',
    portalNote: '',
  };
  const areas = [
    { id: 'A1', name: 'Information and communication technology' },
    { id: 'A2', name: 'Prevention' },
  ];

  it('shows every problem inline, moves focus to the first, and sends nothing', async () => {
    const onSubmit = vi.fn();
    render(
      <CompetitionForm initial={initial} areas={areas} submitLabel="Create" onSubmit={onSubmit} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    const triennium = screen.getByLabelText('First year of the triennium');
    expect(triennium).toHaveAttribute('aria-invalid', 'true');
    expect(triennium).toHaveAccessibleDescription(/2019 is not within the triennium 2020–2022/);
    expect(triennium).toHaveFocus();
    expect(
      screen.getByText('Choose at least one priority area for the triennium.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Submission deadline')).toHaveAccessibleDescription(
      /must come before the forum/,
    );
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('sends the values once they are right, the chosen areas in order', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(
      <CompetitionForm initial={initial} areas={areas} submitLabel="Create" onSubmit={onSubmit} />,
    );
    const triennium = screen.getByLabelText('First year of the triennium');
    await userEvent.clear(triennium);
    await userEvent.type(triennium, '2017');
    await userEvent.click(screen.getByLabelText('Prevention'));
    await userEvent.click(screen.getByLabelText('Information and communication technology'));
    await userEvent.clear(screen.getByLabelText('Submission deadline'));
    await userEvent.click(screen.getByRole('button', { name: 'Create' }));
    expect(onSubmit).toHaveBeenCalledWith(
      expect.objectContaining({
        year: 2019,
        trienniumStartYear: 2017,
        priorityAreaIds: ['A1', 'A2'],
      }),
    );
  });
});
