import { createBrowserRouter, type RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { CountryPage } from '../features/browse/components/country-page';
import { InstitutionPage } from '../features/browse/components/institution-page';
import { PriorityAreaPage } from '../features/browse/components/priority-area-page';
import { CompetitionPage } from '../features/competitions/components/competition-page';
import { HomePage } from '../features/home/components/home-page';
import { PracticePage } from '../features/practices/components/practice-page';
import { SearchPage } from '../features/search/components/search-page';
import { paths } from '../lib/paths';
import { Layout } from './layout';
import { RouteError } from './route-error';

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        // A page that fails to render keeps the header and footer around its error.
        errorElement: <RouteError />,
        children: [
          { path: paths.home.pattern, element: <HomePage /> },
          { path: paths.search.pattern, element: <SearchPage /> },
          { path: paths.practice.pattern, element: <PracticePage /> },
          { path: paths.competition.pattern, element: <CompetitionPage /> },
          { path: paths.institution.pattern, element: <InstitutionPage /> },
          { path: paths.country.pattern, element: <CountryPage /> },
          { path: paths.priorityArea.pattern, element: <PriorityAreaPage /> },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
