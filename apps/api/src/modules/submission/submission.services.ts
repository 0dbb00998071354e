import { type DataSource } from 'typeorm';
import { type AccessService } from '../auth/access.service.js';
import { type AuditService } from '../audit/audit.service.js';
import { ImportService } from '../import/import.service.js';
import { SubmissionListService } from './submission-list.service.js';
import { SubmissionOptionsService } from './submission-options.service.js';
import { SubmissionService } from './submission.service.js';

/** The services of entries: the form, the table and its export, and the import. */
export function createSubmissionServices(
  dataSource: DataSource,
  access: AccessService,
  audit: AuditService,
) {
  return {
    submissions: new SubmissionService(dataSource, access, audit),
    submissionList: new SubmissionListService(dataSource, access),
    submissionOptions: new SubmissionOptionsService(dataSource, access),
    imports: new ImportService(dataSource, access, audit),
  };
}
