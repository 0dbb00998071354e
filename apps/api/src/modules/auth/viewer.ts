import { type Role } from '@gpa/shared';

/** The signed-in person making a request; null for anonymous callers. */
export interface Viewer {
  userId: string;
  sessionId: string;
  email: string;
  displayName: string;
  roles: Role[];
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && roles.some((r) => viewer.roles.includes(r));
}
