import { useQuery } from '@apollo/client/react';
import { type Role } from '@gpa/shared';
import { type ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { PageTitle } from '../components/page-title';
import { Loading } from '../components/query-status';
import { graphql } from '../generated/gql';
import { paths } from '../lib/paths';

export const viewerQuery = graphql(`
  query Viewer {
    me {
      id
      email
      displayName
      roles
    }
  }
`);

export interface ConsoleViewer {
  id: string;
  email: string;
  name: string;
  roles: Role[];
}

/** The signed-in person (null when signed out) from the `me` query, shared through the cache. */
export function useViewer(): { viewer: ConsoleViewer | null; loading: boolean } {
  const { data, loading } = useQuery(viewerQuery, { fetchPolicy: 'cache-first' });
  const me = data?.me;
  return {
    loading: loading && !data,
    viewer: me ? { id: me.id, email: me.email, name: me.displayName, roles: me.roles } : null,
  };
}

export function hasAnyRole(viewer: ConsoleViewer | null, roles: readonly Role[]): boolean {
  return !!viewer && (roles.length === 0 || roles.some((r) => viewer.roles.includes(r)));
}

/**
 * Shows its children to a signed-in person holding one of `roles` (any signed-in person when
 * empty); sends a signed-out one to the sign-in page, remembering where they were going.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { viewer, loading } = useViewer();
  const location = useLocation();
  if (loading) return <Loading label="Checking your session…" />;
  if (!viewer) {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={paths.signIn.to(from)} replace />;
  }
  if (!hasAnyRole(viewer, roles)) return <NotAllowed />;
  return <>{children}</>;
}

export function NotAllowed() {
  return (
    <div className="page">
      <PageTitle title="Not allowed" />
      <h1>You may not open this page</h1>
      <p>
        Your account does not have the role this page needs. Ask an administrator if you should have
        access.
      </p>
      <p>
        <Link to={paths.home.to()}>Go to the console’s home page</Link>
      </p>
    </div>
  );
}
