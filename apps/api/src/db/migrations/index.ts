import { Initial1795299256988 } from './1795299256988-initial.js';
import { SearchAndPublishedViews1795299300000 } from './1795299300000-search-and-published-views.js';
import { Accounts1795299971458 } from './1795299971458-accounts.js';
import { AccountsConstraints1795299980000 } from './1795299980000-accounts-constraints.js';
import { PracticeSearchIndex1795300400000 } from './1795300400000-practice-search-index.js';
import { PublicChangeNotifications1795300500000 } from './1795300500000-public-change-notifications.js';
import { SecretariatConsole1795301000000 } from './1795301000000-secretariat-console.js';
import { JuryMemberVersion1795301010000 } from './1795301010000-jury-member-version.js';
import { PreviewWithoutVersionBump1795301020000 } from './1795301020000-preview-without-version-bump.js';
import { JuryWorkspace1795301200000 } from './1795301200000-jury-workspace.js';
import { JuryReviewFixes1795301210000 } from './1795301210000-jury-review-fixes.js';
import { SearchAssist1795301300000 } from './1795301300000-search-assist.js';
import { SearchAssistBulkSync1795301400000 } from './1795301400000-search-assist-bulk-sync.js';
import { SearchDataVersion1795301410000 } from './1795301410000-search-data-version.js';
import { NewInstitutionNotPublic1795301500000 } from './1795301500000-new-institution-not-public.js';
import { UnpublishedWorkNotPublic1795301600000 } from './1795301600000-unpublished-work-not-public.js';

/** Every migration, oldest first. Migrations are never edited once they have landed. */
export const MIGRATIONS = [
  Initial1795299256988,
  SearchAndPublishedViews1795299300000,
  Accounts1795299971458,
  AccountsConstraints1795299980000,
  PracticeSearchIndex1795300400000,
  PublicChangeNotifications1795300500000,
  SecretariatConsole1795301000000,
  JuryMemberVersion1795301010000,
  PreviewWithoutVersionBump1795301020000,
  JuryWorkspace1795301200000,
  JuryReviewFixes1795301210000,
  SearchAssist1795301300000,
  SearchAssistBulkSync1795301400000,
  SearchDataVersion1795301410000,
  NewInstitutionNotPublic1795301500000,
  UnpublishedWorkNotPublic1795301600000,
];
