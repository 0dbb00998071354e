import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../app/router';
import { viewerQuery } from '../../../../app/viewer';
import { competitionJuryQuery, updateJuryMemberMutation } from '../../api/jury.api';

const me = {
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

const member = (description: string, version: number) => ({
  __typename: 'ManagedJuryMember' as const,
  id: 'J-BO',
  position: 1,
  description,
  name: null,
  isChair: true,
  userId: 'U-BO',
  userName: 'Bo',
  userEmail: 'bo@example.org',
  entriesTotal: 4,
  assessed: 1,
  version,
  affiliationInstitutionId: null,
  affiliationInstitutionName: null,
  affiliationCountryCode: null,
});

const jury = (description: string, version: number) => ({
  request: { query: competitionJuryQuery, variables: { id: 'K-1' } },
  result: {
    data: {
      managedCompetition: {
        __typename: 'ManagedCompetition' as const,
        id: 'K-1',
        title: 'Europe 2041',
        status: 'JUDGING',
        jury: [member(description, version)],
      },
      juryCandidates: [],
    },
  },
});

const update = (description: string, expectedVersion: number) => ({
  request: {
    query: updateJuryMemberMutation,
    variables: { id: 'J-BO', description, name: null, expectedVersion },
  },
});

function renderPage(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: ['/competitions/K-1/jury'] });
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

describe('editing a jury member’s public description', () => {
  it('names the version it read, and on a conflict shows the current text and keeps mine', async () => {
    const theirs = 'Social security specialist, ILO (retired)';
    renderPage([
      me,
      jury('Social security specialist, ILO', 1),
      {
        ...update('Actuary, ILO', 1),
        result: {
          errors: [
            {
              message: 'Someone changed this member’s description meanwhile; here it is now.',
              extensions: {
                code: 'CONFLICT',
                current: { ...member(theirs, 2), __typename: undefined },
              },
            },
          ],
        },
      },
      jury(theirs, 2),
      {
        ...update('Actuary, ILO', 2),
        result: { data: { updateJuryMember: [member('Actuary, ILO', 3)] } },
      },
      jury('Actuary, ILO', 3),
    ]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Edit the description of Bo' }),
    );
    const box = screen.getByLabelText('Public description of Bo');
    await userEvent.clear(box);
    await userEvent.type(box, 'Actuary, ILO');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByText(/Someone else changed the description of Bo/);
    expect(alert).toHaveTextContent(`It now reads: “${theirs}”`);
    expect(screen.getByLabelText('Public description of Bo')).toHaveValue('Actuary, ILO');

    // Saving again, knowingly, names the version of the text just shown.
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The description of Bo is saved.')).toBeInTheDocument();
    const table = screen.getByRole('table');
    expect(await within(table).findByText('Actuary, ILO')).toBeInTheDocument();
    expect(screen.queryByLabelText('Public description of Bo')).not.toBeInTheDocument();
  });
});
