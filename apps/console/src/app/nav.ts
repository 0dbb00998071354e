import { type Role } from '@gpa/shared';

/**
 * The console's main navigation. The layout shows the items the viewer's roles allow; each
 * feature adds its own entry here (one line).
 */
export const NAV_ITEMS: { to: string; label: string; roles: Role[] }[] = [
  { to: '/', label: 'Competitions', roles: ['SECRETARIAT', 'JURY', 'ADMIN'] },
  { to: '/jury', label: 'Jury', roles: ['JURY', 'SECRETARIAT'] },
  { to: '/institutions', label: 'Institutions', roles: ['SECRETARIAT'] },
  { to: '/countries', label: 'Countries', roles: ['SECRETARIAT'] },
];
