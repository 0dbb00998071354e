import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { recordDecisionMutation } from '../../api/jury.mutations';
import { DecisionForm } from '../decision-form';

const record = (outcome: string, version: number) => ({
  request: {
    query: recordDecisionMutation,
    variables: { input: { practiceId: 'P1', outcome, juryText: null, version } },
  },
});

const conflict = {
  ...record('CERTIFICATE_OF_MERIT', 1),
  result: {
    errors: [
      {
        message: 'Someone recorded this decision meanwhile; here it is now.',
        extensions: {
          code: 'CONFLICT',
          current: {
            exists: true,
            outcome: 'AWARD',
            juryText: 'Bold and replicable.',
            version: 2,
            decidedByName: 'Ana',
          },
        },
      },
    ],
  },
};

function renderForm(mocks: MockLink.MockedResponse[]) {
  render(
    <MockedProvider mocks={mocks}>
      <DecisionForm
        practiceId="P1"
        title="Pensions online"
        current={{ outcome: 'ATTESTATION', juryText: null, version: 1 }}
      />
    </MockedProvider>,
  );
}

async function saveMineOverAStaleRead() {
  await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'Certificate of Merit');
  await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));
  return screen.findByRole('region', { name: 'The decision recorded meanwhile' });
}

describe('a decision recorded by someone else meanwhile', () => {
  it('shows theirs beside mine and blocks saving until I choose; keeping mine saves over theirs', async () => {
    renderForm([
      conflict,
      {
        ...record('CERTIFICATE_OF_MERIT', 2),
        result: {
          data: {
            recordDecision: {
              __typename: 'JuryDecision',
              practiceId: 'P1',
              outcome: 'CERTIFICATE_OF_MERIT',
              juryText: null,
              version: 3,
            },
          },
        },
      },
    ]);
    const compare = await saveMineOverAStaleRead();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Someone else recorded this decision meanwhile',
    );
    const mine = within(compare).getByRole('heading', { name: 'Yours (not saved)' }).parentElement!;
    expect(mine).toHaveTextContent('Certificate of Merit');
    const theirs = within(compare).getByRole('heading', {
      name: 'Recorded meanwhile by Ana',
    }).parentElement!;
    expect(theirs).toHaveTextContent('Award');
    expect(theirs).toHaveTextContent('Bold and replicable.');
    // My choice is kept in the form, and saving is blocked until I pick one.
    expect(screen.getByLabelText('Outcome')).toHaveValue('CERTIFICATE_OF_MERIT');
    const save = screen.getByRole('button', { name: 'Record the decision' });
    expect(save).toBeDisabled();
    fireEvent.submit(screen.getByRole('form', { name: 'Decision on Pensions online' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Choose between your decision and the one recorded meanwhile.',
    );

    // Keeping mine saves over the version just shown (2), never blindly.
    await userEvent.click(within(compare).getByRole('button', { name: 'Use mine instead' }));
    expect(
      screen.queryByRole('region', { name: 'The decision recorded meanwhile' }),
    ).not.toBeInTheDocument();
    expect(save).toBeEnabled();
    await userEvent.click(save);
    expect(await screen.findByRole('status')).toHaveTextContent('Recorded: Certificate of Merit.');
  });

  it('keeping the recorded decision puts it in the form without saving anything', async () => {
    renderForm([conflict]);
    const compare = await saveMineOverAStaleRead();
    await userEvent.click(
      within(compare).getByRole('button', { name: 'Keep the recorded decision' }),
    );
    expect(screen.getByLabelText('Outcome')).toHaveValue('AWARD');
    expect(screen.getByLabelText('The Jury’s comment')).toHaveValue('Bold and replicable.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Record the decision' })).toBeEnabled();
  });
});
