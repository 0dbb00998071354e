import { type ReactNode } from 'react';
import { type RouteObject } from 'react-router';
import { RequireRole } from '../../app/viewer';
import { JuryEntriesPage } from './components/jury-entries-page';
import { JuryEntryPage } from './components/jury-entry-page';
import { JuryHomePage } from './components/jury-home-page';
import { JuryTablePage } from './components/jury-table-page';
import { juryPaths } from './paths';

const guard = (element: ReactNode) => (
  <RequireRole roles={['JURY', 'SECRETARIAT']}>{element}</RequireRole>
);

/** The jury workspace's pages, under /console/jury. */
export const juryRoutes: RouteObject[] = [
  { path: juryPaths.home.pattern, element: guard(<JuryHomePage />) },
  { path: juryPaths.entries.pattern, element: guard(<JuryEntriesPage />) },
  { path: juryPaths.table.pattern, element: guard(<JuryTablePage />) },
  { path: juryPaths.entry.pattern, element: guard(<JuryEntryPage />) },
];
