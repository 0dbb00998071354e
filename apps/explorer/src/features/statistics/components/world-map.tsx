import { geoEqualEarth, geoPath } from 'd3-geo';
import countryCodes from 'i18n-iso-countries';
import { useMemo } from 'react';
import { CONTENT_LANGUAGE } from '../../../i18n/i18n';
import { useTranslation } from '../../../i18n/use-translation';
import { feature } from 'topojson-client';
import { type GeometryCollection, type Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { formatCount } from '../../../lib/format';

const WIDTH = 960;
const HEIGHT = 470;
/** Five shades from light to dark; a country without practices is grey. */
const SHADES = ['#d6ebf2', '#9fcfe0', '#5aa9c7', '#1f7ea6', '#0b4f6c'];

interface CountryShape {
  id: string;
  name: string;
  d: string;
}

/** The countries of the bundled Natural Earth 1:110m geometry, projected once. */
function useShapes(): CountryShape[] {
  return useMemo(() => {
    const topology = world as unknown as Topology<{
      countries: GeometryCollection<{ name: string }>;
    }>;
    const collection = feature(topology, topology.objects.countries);
    const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], collection);
    const path = geoPath(projection);
    return collection.features.map((f) => ({
      id: String(f.id ?? ''),
      name: f.properties?.name ?? '',
      d: path(f) ?? '',
    }));
  }, []);
}

/**
 * A choropleth of practices per country, drawn from bundled geometry (no tile server). The
 * map is a picture for the eye; the chart's table gives every figure to screen readers.
 */
export function WorldMap({ counts }: { counts: readonly { code: string; count: number }[] }) {
  const { t } = useTranslation();
  const shapes = useShapes();
  const byNumeric = new Map<string, { code: string; count: number }>();
  for (const c of counts) {
    const numeric = countryCodes.alpha2ToNumeric(c.code);
    if (numeric) byNumeric.set(numeric, c);
  }
  const max = Math.max(1, ...counts.map((c) => c.count));
  const shade = (count: number) =>
    SHADES[Math.min(SHADES.length - 1, Math.floor((count / max) * (SHADES.length - 1) + 0.0001))];

  return (
    <figure className="world-map">
      {/* The geometry's country names (shown on hover) are English, as the content is. */}
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        lang={CONTENT_LANGUAGE}
      >
        {shapes.map((s) => {
          const data = byNumeric.get(s.id);
          return (
            <path
              key={s.id || s.name}
              d={s.d}
              fill={data && data.count > 0 ? shade(data.count) : '#e4e7eb'}
              stroke="#ffffff"
              strokeWidth={0.5}
            >
              <title>{data ? `${s.name}: ${formatCount(data.count)}` : s.name}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="world-map__legend">
        <span>{t('statistics.mapLegend')}</span>
        <span className="world-map__scale" aria-hidden="true">
          {SHADES.map((c) => (
            <span key={c} style={{ background: c }} />
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
