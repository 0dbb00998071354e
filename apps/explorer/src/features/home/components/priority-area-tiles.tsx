import { REGIONS, type Region } from '@gpa/shared';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { type HomeQuery } from '../../../generated/graphql';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { regionLabel } from '../../../lib/labels';
import { paths } from '../../../lib/paths';
import { useBrowseCounts } from '../api/browse-counts.query';

/** Tiles into the search, one per priority area and one per region, with their counts. */
export function PriorityAreaTiles({ areas }: { areas: HomeQuery['priorityAreas'] }) {
  const { t } = useTranslation();
  const { data, loading } = useBrowseCounts();
  // Shown with their counts, in one paint: counts arriving later would resize every tile.
  if (loading) return null;
  const facets = data?.practices.facets;
  const areaCount = (slug: string) => facets?.priorityAreas.find((v) => v.value === slug)?.count;
  const regions = REGIONS.map((region: Region) => ({
    region,
    count: facets?.regions.find((v) => v.value === region)?.count ?? 0,
  })).filter((r) => r.count > 0);

  return (
    <>
      {areas.length > 0 && (
        <section aria-labelledby="areas-title">
          <h2 id="areas-title">{t('home.areasTitle')}</h2>
          <ul className="tiles">
            {areas.map((area) => {
              const count = areaCount(area.slug);
              return (
                <li key={area.id}>
                  <Link className="tile" to={paths.search.to({ area: [area.slug] })}>
                    <span lang={CONTENT_LANGUAGE}>{area.name}</span>
                    {count !== undefined && (
                      <span className="tile__count">{t('home.practiceCount', { count })}</span>
                    )}
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {regions.length > 0 && (
        <section aria-labelledby="regions-title">
          <h2 id="regions-title">{t('home.regionsTitle')}</h2>
          <ul className="tiles tiles--regions">
            {regions.map(({ region, count }) => (
              <li key={region}>
                <Link className="tile" to={paths.search.to({ region: [region] })}>
                  <span>{regionLabel(region)}</span>
                  <span className="tile__count">{t('home.practiceCount', { count })}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
