import { type DataSource } from 'typeorm';
import { type Config } from './config/config.js';
import { AccountService } from './modules/account/account.service.js';
import { SessionService } from './modules/account/session.service.js';
import { SignInService } from './modules/account/sign-in.service.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AccessService } from './modules/auth/access.service.js';
import { CompetitionAdminService } from './modules/competition/competition-admin.service.js';

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
  return {
    audit,
    sessions,
    access,
    signIn: new SignInService(dataSource, sessions),
    accounts: new AccountService(dataSource, sessions, audit),
    competitions: new CompetitionAdminService(dataSource, access, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
