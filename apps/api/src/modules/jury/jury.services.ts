import { type DataSource } from 'typeorm';
import { type AuditService } from '../audit/audit.service.js';
import { AssessmentService } from './assessment.service.js';
import { ConflictService } from './conflict.service.js';
import { DecisionService } from './decision.service.js';
import { DeliberationService } from './deliberation.service.js';
import { JuryCriteriaService } from './jury-criteria.service.js';
import { JuryTableService } from './jury-table.service.js';
import { JuryWorkspaceService } from './jury-workspace.service.js';
import { JurorAffiliationService } from './juror-affiliation.service.js';

/** The jury module's services, created once per process. */
export function createJuryServices(dataSource: DataSource, audit: AuditService) {
  return {
    workspace: new JuryWorkspaceService(dataSource),
    criteria: new JuryCriteriaService(dataSource, audit),
    assessments: new AssessmentService(dataSource, audit),
    conflicts: new ConflictService(dataSource, audit),
    deliberation: new DeliberationService(dataSource, audit),
    decisions: new DecisionService(dataSource, audit),
    table: new JuryTableService(dataSource),
    affiliations: new JurorAffiliationService(dataSource, audit),
  };
}

export type JuryServices = ReturnType<typeof createJuryServices>;
