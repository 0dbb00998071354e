import type { RouteObject } from 'react-router';
import { NotFound } from '../components/not-found';
import { HomePage } from '../features/home/components/home-page';
import { paths } from '../lib/paths';
import { Layout } from './layout';
import { RouteError } from './route-error';

/*
 * The home page and the not-found page are in the first download; every other page is its own
 * chunk, fetched when first visited (React Router's `lazy`), so the home page's JavaScript
 * stays small.
 */
function PageLoading() {
  return null;
}

export const routes: RouteObject[] = [
  {
    element: <Layout />,
    // Shown (as nothing) while a lazy page's chunk arrives on the first visit.
    HydrateFallback: PageLoading,
    children: [
      {
        // A page that fails to render keeps the header and footer around its error.
        errorElement: <RouteError />,
        children: [
          { path: paths.home.pattern, element: <HomePage /> },
          {
            path: paths.search.pattern,
            lazy: async () => ({
              Component: (await import('../features/search/components/search-page')).SearchPage,
            }),
          },
          {
            path: paths.practice.pattern,
            lazy: async () => ({
              Component: (await import('../features/practices/components/practice-page'))
                .PracticePage,
            }),
          },
          {
            path: paths.competition.pattern,
            lazy: async () => ({
              Component: (await import('../features/competitions/components/competition-page'))
                .CompetitionPage,
            }),
          },
          {
            path: paths.institution.pattern,
            lazy: async () => ({
              Component: (await import('../features/browse/components/institution-page'))
                .InstitutionPage,
            }),
          },
          {
            path: paths.country.pattern,
            lazy: async () => ({
              Component: (await import('../features/browse/components/country-page')).CountryPage,
            }),
          },
          {
            path: paths.priorityArea.pattern,
            lazy: async () => ({
              Component: (await import('../features/browse/components/priority-area-page'))
                .PriorityAreaPage,
            }),
          },
          {
            path: paths.statistics.pattern,
            lazy: async () => ({
              Component: (await import('../features/statistics/components/statistics-page'))
                .StatisticsPage,
            }),
          },
          {
            path: paths.api.pattern,
            lazy: async () => ({
              Component: (await import('../features/api-docs/components/api-page')).ApiPage,
            }),
          },
          { path: '*', element: <NotFound /> },
        ],
      },
    ],
  },
];
