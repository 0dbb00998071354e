import { PageTitle } from '../components/page-title';

/** What a page shows when it throws while rendering; the header stays. */
export function RouteError() {
  return (
    <div className="page">
      <PageTitle title="Something went wrong" />
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Reloading it may help.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
    </div>
  );
}
