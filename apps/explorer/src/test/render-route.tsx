import { type MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRouter, memoryHistory, type AppHistory } from '../app/app-router';
import { createCache } from '../app/apollo-client';
import { AppRoutes } from '../app/route-tree';

/** The app's history, as tests read and move it. */
export interface TestRouter {
  readonly state: { readonly location: AppHistory['location'] };
  /** Back (-1) or forward (1), as the browser's buttons. */
  navigate(delta: number): Promise<void>;
}

/**
 * Renders the whole app (layout, routes, the real Apollo cache policies) at `path`, with the
 * GraphQL API answered by `mocks`. Returns the router so tests can read the address.
 */
export function renderRoute(path: string, mocks: MockLink.MockedResponse[] = []) {
  const history = memoryHistory([path]);
  const user = userEvent.setup();
  const view = render(
    <MockedProvider mocks={mocks} cache={createCache()}>
      <AppRouter history={history}>
        <AppRoutes />
      </AppRouter>
    </MockedProvider>,
  );
  const router: TestRouter = {
    state: {
      get location() {
        return history.location;
      },
    },
    // Tests wrap it in act(), as they did the data router's navigate().
    navigate: (delta) => {
      history.go(delta);
      return Promise.resolve();
    },
  };
  return { ...view, router, user };
}

/** The current address as the visitor would see it. */
export function currentUrl(router: TestRouter): string {
  const { pathname, search } = router.state.location;
  return `${pathname}${search}`;
}
