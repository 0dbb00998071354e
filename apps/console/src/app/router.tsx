import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { CompetitionsPage } from '../features/competitions/components/competitions-page';
import { BASENAME, paths } from '../lib/paths';
import { Layout } from './layout';
import { RouteError } from './route-error';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: paths.competitions.pattern, element: <CompetitionsPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes, { basename: BASENAME });
}
