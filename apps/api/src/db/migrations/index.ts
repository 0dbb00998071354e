import { Initial1795299256988 } from './1795299256988-initial.js';
import { SearchAndPublishedViews1795299300000 } from './1795299300000-search-and-published-views.js';

/** Every migration, oldest first. Migrations are never edited once they have landed. */
export const MIGRATIONS = [Initial1795299256988, SearchAndPublishedViews1795299300000];
