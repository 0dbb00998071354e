import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../app/router';
import { viewerQuery } from '../../../../app/viewer';
import { juryEntryQuery } from '../../api/jury-entry.query';
import { saveJuryAssessmentMutation } from '../../api/jury.mutations';

const me = {
  request: { query: viewerQuery },
  result: {
    data: {
      me: {
        __typename: 'Viewer',
        id: 'u1',
        email: 'a@example.org',
        displayName: 'Alice',
        roles: ['JURY'],
      },
    },
  },
};

const criteria = ['Innovation', 'Results'].map((name, i) => ({
  __typename: 'JuryCriterion' as const,
  id: `c${i + 1}`,
  name,
  description: `About ${name.toLowerCase()}.`,
  weight: 1,
}));

const detail = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'JuryEntryDetail' as const,
  entry: {
    __typename: 'JuryEntry' as const,
    id: 'P1',
    title: 'One-stop service',
    institutionName: 'National Pension Service',
    countryName: 'Republic of Korea',
    progress: 'NOT_STARTED',
    submittedCount: 1,
    outcome: null,
  },
  competitionId: 'C1',
  competitionTitle: 'Europe 2033',
  competitionStatus: 'JUDGING',
  viewerIsChair: false,
  summary: 'A single window for four insurances.',
  inOperationSince: 2015,
  priorityAreas: ['Service Quality'],
  sections: [
    {
      __typename: 'JuryPracticeSection',
      key: 'issue',
      heading: 'The issue or challenge',
      body: 'Queues.',
    },
  ],
  criteria,
  myAssessment: null,
  othersVisible: false,
  othersHiddenReason: "Submit your own assessment to see the other members' assessments.",
  otherAssessments: [],
  myConflict: null,
  conflicts: [],
  deliberation: [],
  decision: null,
  canAssess: true,
  canDecide: false,
  nextEntryId: null,
  ...overrides,
});

function renderEntry(mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: ['/jury/entries/P1'] });
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
}

const entryMock = (value: ReturnType<typeof detail>) => ({
  request: { query: juryEntryQuery, variables: { id: 'P1' } },
  result: { data: { juryEntry: value } },
});

describe('the jury entry page', () => {
  it("shows the practice beside a labelled assessment form, and hides the others' assessments until one's own is submitted", async () => {
    renderEntry([me, entryMock(detail())]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'One-stop service' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Queues.')).toBeInTheDocument();
    const form = screen.getByRole('region', { name: 'My assessment' });
    const innovation = within(form).getByRole('group', { name: /Innovation/ });
    expect(within(innovation).getAllByRole('radio')).toHaveLength(5);
    expect(within(form).getByLabelText('Private notes')).toHaveAccessibleDescription(
      'Only you see these notes.',
    );
    expect(
      within(screen.getByRole('region', { name: 'Other members’ assessments' })).getByText(
        /Submit your own assessment/,
      ),
    ).toBeInTheDocument();
  });

  it('says so when a save is refused because the assessment changed in another window', async () => {
    const user = userEvent.setup();
    renderEntry([
      me,
      entryMock(detail()),
      {
        request: { query: saveJuryAssessmentMutation, variables: () => true },
        result: {
          errors: [
            {
              message: 'Your assessment was changed meanwhile.',
              extensions: { code: 'CONFLICT', current: { version: 2 } },
            },
          ],
        },
      },
      entryMock(detail()),
    ]);
    const form = await screen.findByRole('region', { name: 'My assessment' });
    await user.click(
      within(within(form).getByRole('group', { name: /Innovation/ })).getByLabelText('4'),
    );
    await user.click(within(form).getByRole('button', { name: 'Save draft' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/changed in another window/);
  });

  it('tells a conflicted member why the deliberation and the assessment are closed', async () => {
    renderEntry([
      me,
      entryMock(
        detail({
          canAssess: false,
          deliberation: null,
          othersHiddenReason: 'You have a conflict of interest with this entry.',
          myConflict: {
            __typename: 'JuryConflict',
            id: 'k1',
            source: 'DECLARED',
            reason: 'Former employee',
            confirmed: true,
          },
          conflicts: [
            {
              __typename: 'JuryConflict',
              id: 'k1',
              memberName: 'Alice',
              source: 'DECLARED',
              reason: 'Former employee',
              confirmed: true,
              isMine: true,
            },
          ],
        }),
      ),
    ]);
    const deliberation = await screen.findByRole('region', { name: 'Deliberation' });
    expect(deliberation).toHaveTextContent(/closed to you because of your conflict of interest/);
    expect(screen.getByRole('region', { name: 'Conflict of interest' })).toHaveTextContent(
      'Former employee',
    );
    expect(screen.getByRole('button', { name: 'Withdraw the conflict' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit assessment' })).not.toBeInTheDocument();
  });
});
