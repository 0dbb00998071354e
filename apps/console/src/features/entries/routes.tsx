import { type RouteObject } from 'react-router';
import { RequireRole } from '../../app/viewer';
import { ImportPage } from '../import/components/import-page';
import { SubmissionPage } from '../submission-form/components/submission-page';
import { EntriesPage } from './components/entries-page';
import { entryPaths } from './paths';

const secretariat = (element: React.ReactNode) => (
  <RequireRole roles={['SECRETARIAT']}>{element}</RequireRole>
);

/** A competition's entries, the entry form and the import: the secretariat's pages. */
export const entryRoutes: RouteObject[] = [
  { path: entryPaths.list.pattern, element: secretariat(<EntriesPage />) },
  { path: entryPaths.entry.pattern, element: secretariat(<SubmissionPage />) },
  { path: entryPaths.import.pattern, element: secretariat(<ImportPage />) },
];
