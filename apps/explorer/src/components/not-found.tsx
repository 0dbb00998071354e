import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { PageTitle } from './page-title';

/** The page for an unknown address, or for a practice, competition… that does not exist. */
export function NotFound({ what = 'page' }: { what?: string }) {
  return (
    <div className="page narrow">
      <PageTitle title="Not found" />
      <h1>We could not find that {what}</h1>
      <p>
        The address may be mistyped, or the {what} may not be published. Try searching the good
        practices instead.
      </p>
      <p className="actions">
        <Link className="button" to={paths.search.to()}>
          Search good practices
        </Link>
        <Link to={paths.home.to()}>Go to the home page</Link>
      </p>
    </div>
  );
}
