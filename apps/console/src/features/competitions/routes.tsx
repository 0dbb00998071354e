import { type RouteObject } from 'react-router';
import { RequireRole } from '../../app/viewer';
import { CountriesPage } from '../institutions/components/countries-page';
import { InstitutionsPage } from '../institutions/components/institutions-page';
import { JuryPage } from '../juries/components/jury-page';
import { PreviewPage } from '../publication/components/preview-page';
import { CompetitionDetailPage } from './components/competition-detail-page';
import { CompetitionCreatePage, CompetitionEditPage } from './components/competition-edit-pages';

const secretariat = (element: React.ReactNode) => (
  <RequireRole roles={['SECRETARIAT']}>{element}</RequireRole>
);

/** The secretariat's pages: competitions, their juries and publication, institutions, countries. */
export const secretariatRoutes: RouteObject[] = [
  { path: '/competitions/new', element: secretariat(<CompetitionCreatePage />) },
  { path: '/competitions/:id', element: secretariat(<CompetitionDetailPage />) },
  { path: '/competitions/:id/edit', element: secretariat(<CompetitionEditPage />) },
  { path: '/competitions/:id/jury', element: secretariat(<JuryPage />) },
  { path: '/competitions/:id/preview', element: secretariat(<PreviewPage />) },
  { path: '/institutions', element: secretariat(<InstitutionsPage />) },
  { path: '/countries', element: secretariat(<CountriesPage />) },
];
