import { type DataSource } from 'typeorm';
import { type Config } from './config/config.js';
import { AccountService } from './modules/account/account.service.js';
import { SessionService } from './modules/account/session.service.js';
import { SignInService } from './modules/account/sign-in.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AccessService } from './modules/auth/access.service.js';
import { CompetitionAdminService } from './modules/competition/competition-admin.service.js';
import { CompetitionEditorService } from './modules/competition/competition-editor.service.js';
import { JuryAdminService } from './modules/competition/jury-admin.service.js';
import { CountryAdminService } from './modules/geography/country-admin.service.js';
import { InstitutionAdminService } from './modules/institution/institution-admin.service.js';
import { PublicationService } from './modules/publication/publication.service.js';
import { createJuryServices } from './modules/jury/jury.services.js';
import { createSubmissionServices } from './modules/submission/submission.services.js';

/** The process-wide services, created once; per-request state lives in the GraphQL context. */
export function createServices(
  dataSource: DataSource,
  config: Pick<Config, 'sessionIdleMinutes' | 'sessionMaxHours'>,
) {
  const audit = new AuditService(dataSource);
  const sessions = new SessionService(dataSource, {
    idleMinutes: config.sessionIdleMinutes,
    maxHours: config.sessionMaxHours,
  });
  const access = new AccessService(dataSource);
  const competitions = new CompetitionAdminService(dataSource, access, audit);
  return {
    audit,
    sessions,
    access,
    signIn: new SignInService(dataSource, sessions),
    accounts: new AccountService(dataSource, sessions, audit),
    competitions,
    competitionEditor: new CompetitionEditorService(dataSource, access, audit, competitions),
    juries: new JuryAdminService(dataSource, access, audit),
    institutions: new InstitutionAdminService(dataSource, access, audit),
    countries: new CountryAdminService(dataSource, access, audit),
    publication: new PublicationService(dataSource, access),
    jury: createJuryServices(dataSource, audit),
    ...createSubmissionServices(dataSource, access, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
