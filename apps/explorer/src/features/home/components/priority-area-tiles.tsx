import { Link } from 'react-router';
import { type HomeQuery } from '../../../generated/graphql';
import { paths } from '../../../lib/paths';

export function PriorityAreaTiles({ areas }: { areas: HomeQuery['priorityAreas'] }) {
  if (areas.length === 0) return null;
  return (
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">Browse by priority area</h2>
      <ul className="tiles">
        {areas.map((area) => (
          <li key={area.id}>
            <Link className="tile" to={paths.search.to({ area: [area.slug] })}>
              {area.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
