import { MockedProvider } from '@apollo/client/testing/react';
import { type MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { describe, expect, it } from 'vitest';
import { routes } from '../../../../app/router';
import { viewerQuery } from '../../../../app/viewer';
import { signInMutation } from '../../api/sign-in.mutation';
import { safeReturnPath } from '../sign-in-page';

const signedOut = { request: { query: viewerQuery }, result: { data: { me: null } } };
const attempt = (result: MockLink.MockedResponse['result']): MockLink.MockedResponse => ({
  request: {
    query: signInMutation,
    variables: { email: 'sara@example.org', password: 'secret words' },
  },
  result,
});

function renderAt(path: string, mocks: MockLink.MockedResponse[]) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MockedProvider mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}

async function fillAndSubmit() {
  await userEvent.type(await screen.findByLabelText('E-mail address'), 'sara@example.org');
  await userEvent.type(screen.getByLabelText('Password'), 'secret words');
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('the sign-in page', () => {
  it('says what is missing next to the field, and focuses it', async () => {
    renderAt('/sign-in', [signedOut]);
    await userEvent.click(await screen.findByRole('button', { name: 'Sign in' }));
    const email = screen.getByLabelText('E-mail address');
    expect(email).toHaveAccessibleDescription('Enter your e-mail address.');
    expect(email).toHaveFocus();
  });

  it('shows the server’s refusal, and how long to wait when throttled', async () => {
    renderAt('/sign-in', [
      signedOut,
      attempt({
        errors: [
          new GraphQLError('Too many attempts.', {
            extensions: { code: 'RATE_LIMITED', retryAfter: 120 },
          }),
        ],
      }),
    ]);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many sign-in attempts. Try again in 2 minutes.',
    );
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('returns to the page the person came from', async () => {
    const router = renderAt('/sign-in?from=%2Finstitutions%3Fq%3Dx', [
      signedOut,
      attempt({
        data: {
          signIn: {
            __typename: 'Viewer',
            id: 'u1',
            email: 'sara@example.org',
            displayName: 'Sara',
            roles: ['JURY'],
          },
        },
      }),
    ]);
    await fillAndSubmit();
    await screen.findByRole('heading', { name: 'You may not open this page' });
    expect(router.state.location.pathname).toBe('/institutions');
  });

  it('never returns to another site', () => {
    expect(safeReturnPath('//evil.example/x')).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('/competitions/1')).toBe('/competitions/1');
  });
});
