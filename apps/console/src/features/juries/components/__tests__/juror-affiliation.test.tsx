import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../app/router';
import { viewerQuery } from '../../../../app/viewer';
import {
  affiliationOptionsQuery,
  competitionJuryQuery,
  setJurorAffiliationMutation,
} from '../../api/jury.api';

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

interface Affiliation {
  institutionId: string | null;
  institutionName: string | null;
  countryCode: string | null;
}
const none: Affiliation = { institutionId: null, institutionName: null, countryCode: null };

const jury = (a: Affiliation) => ({
  request: { query: competitionJuryQuery, variables: { id: 'K-1' } },
  result: {
    data: {
      managedCompetition: {
        __typename: 'ManagedCompetition' as const,
        id: 'K-1',
        title: 'Europe 2041',
        status: 'JUDGING',
        jury: [
          {
            __typename: 'ManagedJuryMember' as const,
            id: 'J-BO',
            position: 1,
            description: 'Actuary',
            name: null,
            isChair: true,
            userId: 'U-BO',
            userName: 'Bo',
            userEmail: 'bo@example.org',
            entriesTotal: 4,
            assessed: 1,
            version: 1,
            affiliationInstitutionId: a.institutionId,
            affiliationInstitutionName: a.institutionName,
            affiliationCountryCode: a.countryCode,
          },
          {
            __typename: 'ManagedJuryMember' as const,
            id: 'J-OLD',
            position: 2,
            description: 'Recorded from the 2038 booklet',
            name: 'Old member',
            isChair: false,
            userId: null,
            userName: null,
            userEmail: null,
            entriesTotal: 4,
            assessed: null,
            version: 1,
            affiliationInstitutionId: null,
            affiliationInstitutionName: null,
            affiliationCountryCode: null,
          },
        ],
      },
      juryCandidates: [],
    },
  },
});

const options = {
  request: { query: affiliationOptionsQuery },
  result: {
    data: {
      managedCountries: [
        { __typename: 'ManagedCountry' as const, id: 'C-SE', code: 'SE', name: 'Sweden' },
        { __typename: 'ManagedCountry' as const, id: 'C-NO', code: 'NO', name: 'Norway' },
      ],
      managedInstitutions: [
        {
          __typename: 'ManagedInstitution' as const,
          id: 'I-FK',
          name: 'Försäkringskassan',
          countryCode: 'SE',
          countryName: 'Sweden',
        },
      ],
    },
  },
};

const setAffiliation = (institutionId: string | null, countryCode: string | null) => ({
  request: {
    query: setJurorAffiliationMutation,
    variables: { userId: 'U-BO', institutionId, countryCode },
  },
});

const answer = (a: Affiliation) => ({
  data: {
    setJurorAffiliation: { __typename: 'JurorAffiliation' as const, userId: 'U-BO', ...a },
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

const fk: Affiliation = {
  institutionId: 'I-FK',
  institutionName: 'Försäkringskassan',
  countryCode: 'SE',
};

describe('setting a jury member’s own institution and country', () => {
  it('shows what is set, saves a choice from labelled lists, and clears it', async () => {
    renderPage([
      me,
      jury(none),
      options,
      { ...setAffiliation('I-FK', 'SE'), result: answer(fk) },
      jury(fk),
      { ...setAffiliation(null, null), result: answer(none) },
      jury(none),
    ]);
    const table = await screen.findByRole('table');
    const bo = within(table).getByRole('row', { name: /Bo/ });
    expect(within(bo).getByText('Not set')).toBeInTheDocument();
    // A seat recorded from a booklet has no account, so nothing to set.
    expect(
      screen.queryByRole('button', { name: /institution and country of Old member/ }),
    ).not.toBeInTheDocument();

    await userEvent.click(
      within(bo).getByRole('button', { name: 'Set the institution and country of Bo' }),
    );
    const institution = await screen.findByLabelText('Institution of Bo');
    expect(institution).toHaveFocus();
    await userEvent.selectOptions(institution, 'Försäkringskassan (Sweden)');
    await userEvent.selectOptions(screen.getByLabelText('Country of Bo'), 'Sweden');
    await userEvent.click(screen.getByRole('button', { name: 'Save the institution and country' }));

    expect(
      await screen.findByText(/The institution and country of Bo are saved/),
    ).toBeInTheDocument();
    expect(await within(table).findByText('Försäkringskassan · SE')).toBeInTheDocument();
    expect(screen.queryByLabelText('Institution of Bo')).not.toBeInTheDocument();

    // Opening again starts from what is set; "Clear both" removes it.
    await userEvent.click(
      screen.getByRole('button', { name: 'Set the institution and country of Bo' }),
    );
    expect(await screen.findByLabelText('Institution of Bo')).toHaveValue('I-FK');
    expect(screen.getByLabelText('Country of Bo')).toHaveValue('SE');
    await userEvent.click(screen.getByRole('button', { name: 'Clear both' }));
    expect(await within(table).findByText('Not set')).toBeInTheDocument();
  });

  it('shows a refusal beside the field it concerns and keeps the form open', async () => {
    renderPage([
      me,
      jury(none),
      options,
      {
        ...setAffiliation(null, 'NO'),
        result: {
          errors: [
            {
              message: 'No country has this code.',
              extensions: { code: 'BAD_USER_INPUT', field: 'countryCode' },
            },
          ],
        },
      },
    ]);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Set the institution and country of Bo' }),
    );
    await userEvent.selectOptions(await screen.findByLabelText('Country of Bo'), 'Norway');
    await userEvent.click(screen.getByRole('button', { name: 'Save the institution and country' }));

    const country = screen.getByLabelText('Country of Bo');
    expect(await screen.findByText('No country has this code.')).toBeInTheDocument();
    expect(country).toHaveAttribute('aria-invalid', 'true');
    expect(country).toHaveValue('NO');
    expect(screen.queryByText(/are saved/)).not.toBeInTheDocument();
  });
});
