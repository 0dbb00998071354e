import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { CompetitionsPage } from '../features/competitions/components/competitions-page';
import { secretariatRoutes } from '../features/competitions/routes';
import { entryRoutes } from '../features/entries/routes';
import { juryRoutes } from '../features/jury/routes';
import { BASENAME, paths } from '../lib/paths';
import { Layout } from './layout';
import { RouteError } from './route-error';
import { RequireRole } from './viewer';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.signIn.pattern, element: <SignInPage /> },
          {
            path: paths.competitions.pattern,
            element: (
              <RequireRole roles={['SECRETARIAT', 'JURY', 'ADMIN']}>
                <CompetitionsPage />
              </RequireRole>
            ),
          },
          ...juryRoutes,
          ...secretariatRoutes,
          ...entryRoutes,
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { basename: BASENAME });
}
