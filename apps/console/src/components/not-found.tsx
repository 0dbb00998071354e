import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { PageTitle } from './page-title';

export function NotFound() {
  return (
    <div className="page">
      <PageTitle title="Not found" />
      <h1>We could not find that page</h1>
      <p>
        <Link to={paths.competitions.to()}>Go to the competitions</Link>
      </p>
    </div>
  );
}
