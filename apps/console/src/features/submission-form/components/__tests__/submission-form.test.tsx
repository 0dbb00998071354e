import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { type SubmissionFieldsFragment } from '../../../../generated/graphql';
import { type EntrySaver } from '../../use-entry-saver';
import { SubmissionForm, type FormOptions } from '../submission-form';

const options: FormOptions = {
  priorityAreas: [
    { id: 'PA-ict', label: 'Information and Communication Technology' },
    { id: 'PA-sq', label: 'Service Quality' },
    { id: 'PA-gg', label: 'Good Governance' },
    { id: 'PA-cc', label: 'Contribution Collection and Compliance' },
  ],
  institutions: [{ id: 'I-sso', label: 'Iranian Social Security Organization', countryCode: 'IR' }],
};

// The form is large: typing into jsdom takes a while.
vi.setConfig({ testTimeout: 30_000 });

const CONFLICT = 'Someone else saved this entry while you were editing';
const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

function saved(overrides: Partial<SubmissionFieldsFragment> = {}): SubmissionFieldsFragment {
  return {
    __typename: 'Submission',
    id: 'P-1',
    competitionId: 'C-1',
    competitionTitle: 'Europe 2041',
    competitionStatus: 'OPEN',
    title: 'Comprehensive e-services',
    institutionId: 'I-sso',
    institutionName: 'Iranian Social Security Organization',
    countryCode: 'IR',
    summary: 'A short summary.',
    inOperationSince: 2015,
    priorityAreaIds: ['PA-ict'],
    sections: [
      { __typename: 'SubmissionSection', key: 'issue', body: 'Crowds.' },
      { __typename: 'SubmissionSection', key: 'approach', body: 'Apps.' },
      { __typename: 'SubmissionSection', key: 'targets', body: 'Fewer visits.' },
      { __typename: 'SubmissionSection', key: 'evaluation', body: 'Fewer visits indeed.' },
    ],
    successFactors: ['Team work.'],
    risks: [],
    figures: [],
    status: 'DRAFT',
    version: 1,
    updatedAt: '2026-11-22T10:00:00.000Z',
    ...overrides,
  };
}

function fakeSaver(): EntrySaver & {
  create: ReturnType<typeof vi.fn>;
  save: ReturnType<typeof vi.fn>;
} {
  return {
    create: vi.fn(async (_values, submit: boolean) =>
      saved({ status: submit ? 'SUBMITTED' : 'DRAFT' }),
    ),
    save: vi.fn(async (_id, version: number, _values, submit: boolean) =>
      saved({ version: version + 1, status: submit ? 'SUBMITTED' : 'DRAFT' }),
    ),
  };
}

function renderForm(initial: SubmissionFieldsFragment | null = null, saver = fakeSaver()) {
  render(<SubmissionForm competitionOpen options={options} initial={initial} saver={saver} />);
  return saver;
}

describe('the entry form', () => {
  it('counts the summary’s words as they are typed and says when there are too many', async () => {
    const user = userEvent.setup();
    renderForm();
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.click(summary);
    await user.paste(words(12));
    expect(screen.getByText('12 of 180 words')).toBeInTheDocument();
    expect(summary).not.toHaveAttribute('aria-invalid');

    await user.clear(summary);
    await user.paste(words(181));
    expect(screen.getByText('181 of 180 words — 1 too many')).toBeInTheDocument();
    expect(summary).toHaveAttribute('aria-invalid', 'true');
    expect(summary).toHaveAccessibleDescription(
      expect.stringContaining('The summary has 181 words; at most 180 are allowed.'),
    );
    expect(screen.getByText('181 of 1,500 words')).toBeInTheDocument();
  });

  it('lists every problem on submit, next to each control, and submits once they are fixed', async () => {
    const user = userEvent.setup();
    const saver = renderForm();
    await user.click(screen.getByRole('button', { name: 'Submit entry' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading')).toHaveTextContent(
      /problems stop this entry from being submitted/,
    );
    expect(within(summary).getByRole('link', { name: 'Give the entry a title.' })).toHaveAttribute(
      'href',
      '#entry-title',
    );
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute('aria-invalid', 'true');
    expect(saver.create).not.toHaveBeenCalled();
    await user.click(within(summary).getByRole('link', { name: 'Give the entry a title.' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveFocus();

    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Comprehensive e-services');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Institution' }),
      'Iranian Social Security Organization (IR)',
    );
    await user.type(screen.getByRole('textbox', { name: 'In operation since' }), '2015');
    await user.click(screen.getByRole('checkbox', { name: 'Service Quality' }));
    await user.type(screen.getByRole('textbox', { name: 'Summary' }), 'A summary.');
    for (const [name, text] of [
      ['The issue or challenge: your answer', 'Crowds.'],
      ['Addressing the challenge: your answer', 'Apps.'],
      ['Targets to be achieved: your answer', 'Fewer visits.'],
      ['Evaluating the results: your answer', 'Fewer visits indeed.'],
    ] as const) {
      await user.click(screen.getByRole('textbox', { name }));
      await user.paste(text);
    }
    await user.type(screen.getByRole('textbox', { name: 'Success factor 1' }), 'Team work.');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Submit entry' }));
    await waitFor(() => expect(saver.create).toHaveBeenCalledWith(expect.anything(), true));
    expect(await screen.findByText('The entry is submitted.')).toBeInTheDocument();
  });

  it('allows at most three priority areas', async () => {
    const user = userEvent.setup();
    renderForm();
    for (const name of [
      'Information and Communication Technology',
      'Service Quality',
      'Good Governance',
    ])
      await user.click(screen.getByRole('checkbox', { name }));
    expect(
      screen.getByRole('checkbox', { name: 'Contribution Collection and Compliance' }),
    ).toBeDisabled();
    expect(screen.getByText(/\(3 chosen\)/)).toBeInTheDocument();
  });

  it('saves a draft by itself once it has a title and an institution', async () => {
    const user = userEvent.setup();
    const saver = renderForm();
    await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Working title');
    expect(screen.getByTestId('save-status')).toHaveTextContent('Unsaved changes');
    await waitFor(
      () =>
        expect(screen.getByTestId('save-status')).toHaveTextContent(
          'Not saved yet: a draft needs a title and an institution.',
        ),
      { timeout: 3000 },
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Institution' }),
      'Iranian Social Security Organization (IR)',
    );
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at/), {
      timeout: 3000,
    });
    expect(saver.create).toHaveBeenCalledTimes(1);
    expect(saver.create.mock.calls[0]![0]).toMatchObject({ title: 'Working title' });
    expect(saver.create.mock.calls[0]![1]).toBe(false);
  });

  it('shows the other person’s version next to the user’s text when a save is refused', async () => {
    const user = userEvent.setup();
    const saver = fakeSaver();
    const theirs = saved({ version: 2, summary: 'Their summary.' });
    saver.save
      .mockRejectedValueOnce(
        new CombinedGraphQLErrors({
          errors: [
            {
              message: 'Someone else saved this entry meanwhile; here is their version.',
              extensions: { code: 'CONFLICT', current: theirs },
            },
          ],
        }),
      )
      .mockImplementation(async (_id, version: number) => saved({ version: version + 1 }));
    renderForm(saved(), saver);
    const summary = screen.getByRole('textbox', { name: 'Summary' });
    await user.clear(summary);
    await user.type(summary, 'My summary.');
    const panel = await screen.findByRole('region', { name: CONFLICT }, { timeout: 3000 });
    const row = within(panel).getByRole('row', { name: /Summary/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Their summary.', 'My summary.']);
    expect(summary).toHaveValue('My summary.');
    expect(screen.getByTestId('save-status')).toHaveTextContent(/someone else changed this entry/);

    await user.click(within(panel).getByRole('button', { name: 'Keep my version' }));
    await waitFor(() =>
      expect(saver.save).toHaveBeenLastCalledWith('P-1', 2, expect.anything(), false),
    );
    expect(saver.save.mock.lastCall![2]).toMatchObject({ summary: 'My summary.' });
    await waitFor(() => expect(screen.getByTestId('save-status')).toHaveTextContent(/^Saved at/));
  });

  it('can take the other version instead', async () => {
    const user = userEvent.setup();
    const saver = fakeSaver();
    saver.save.mockRejectedValueOnce(
      new CombinedGraphQLErrors({
        errors: [
          {
            message: 'Conflict',
            extensions: { code: 'CONFLICT', current: saved({ version: 5, title: 'Their title' }) },
          },
        ],
      }),
    );
    renderForm(saved(), saver);
    await user.type(screen.getByRole('textbox', { name: 'Title' }), ' (mine)');
    const panel = await screen.findByRole('region', { name: CONFLICT }, { timeout: 3000 });
    await user.click(within(panel).getByRole('button', { name: 'Use their version' }));
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveValue('Their title');
    expect(screen.queryByRole('region', { name: CONFLICT })).not.toBeInTheDocument();
  });
});
