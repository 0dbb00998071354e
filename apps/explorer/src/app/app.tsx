import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo-client';
import { AppProviders } from './providers';
import { createRouter } from './router';

const client = createApolloClient();
const router = createRouter();

export function App() {
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
