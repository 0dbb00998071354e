import { isRouteErrorResponse, useRouteError } from 'react-router';
import { NotFound } from '../components/not-found';
import { PageTitle } from '../components/page-title';

/** What a page shows when it throws while rendering; the header and footer stay. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return (
    <div className="page narrow">
      <PageTitle title="Something went wrong" />
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading it may help; if not, please try again later.</p>
      <p className="actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </p>
    </div>
  );
}
