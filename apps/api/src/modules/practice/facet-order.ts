import { REGION_LABELS, type Region } from '@gpa/shared';
import { type FacetCount } from './practice-search.repository.js';
import { FACETS } from './practice-query.js';

/**
 * The order facet values are shown in, which every searcher returns them in: facets in FACETS'
 * order; years newest first; any other facet's values by count, most first, then by label.
 */
export function compareFacetValues(a: FacetCount, b: FacetCount): number {
  return (
    FACETS.indexOf(a.facet) - FACETS.indexOf(b.facet) ||
    (a.facet === 'years'
      ? Number(b.value) - Number(a.value)
      : b.count - a.count || a.label.localeCompare(b.label))
  );
}

/**
 * Each label's place in label order (the order compareFacetValues breaks equal counts by),
 * computed once where the same labels are sorted again and again.
 */
export function labelRanks(labels: readonly { label: string }[]): Uint32Array {
  const order = labels
    .map((_, i) => i)
    .sort((i, j) => labels[i]!.label.localeCompare(labels[j]!.label));
  const rank = new Uint32Array(labels.length);
  order.forEach((i, place) => {
    rank[i] = place;
  });
  return rank;
}

/** What a region shows as a facet value: its label, capitalised ("Asia and the Pacific"). */
export function regionFacetLabel(region: Region): string {
  const label = REGION_LABELS[region];
  return label.charAt(0).toUpperCase() + label.slice(1);
}
