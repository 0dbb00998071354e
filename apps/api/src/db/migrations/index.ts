import { Initial1795299256988 } from './1795299256988-initial.js';
import { SearchAndPublishedViews1795299300000 } from './1795299300000-search-and-published-views.js';
import { Accounts1795299971458 } from './1795299971458-accounts.js';
import { AccountsConstraints1795299980000 } from './1795299980000-accounts-constraints.js';
import { PracticeSearchIndex1795300400000 } from './1795300400000-practice-search-index.js';
import { PublicChangeNotifications1795300500000 } from './1795300500000-public-change-notifications.js';

/** Every migration, oldest first. Migrations are never edited once they have landed. */
export const MIGRATIONS = [
  Initial1795299256988,
  SearchAndPublishedViews1795299300000,
  Accounts1795299971458,
  AccountsConstraints1795299980000,
  PracticeSearchIndex1795300400000,
  PublicChangeNotifications1795300500000,
];
