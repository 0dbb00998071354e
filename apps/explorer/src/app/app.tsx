import { createApolloClient } from './apollo-client';
import { AppRouter, browserHistory } from './app-router';
import { AppProviders } from './providers';
import { AppRoutes } from './route-tree';

const client = createApolloClient();
const history = browserHistory();

export function App() {
  return (
    <AppProviders client={client}>
      <AppRouter history={history}>
        <AppRoutes />
      </AppRouter>
    </AppProviders>
  );
}
