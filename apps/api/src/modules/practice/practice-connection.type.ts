import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { PracticeType } from './practice.type.js';
import { type Facet, type PracticeQuery } from './practice-query.js';
import { PUBLIC_TYPE } from '../../graphql/public-type.js';

@ObjectType('PracticeEdge', {
  ...PUBLIC_TYPE,
  description: 'A practice and its cursor.',
})
export class PracticeEdgeType {
  @Field(() => String, { description: 'Opaque; pass as `after` to continue after this practice.' })
  cursor: string;

  @Field(() => PracticeType, { description: 'The practice.' })
  node: PracticeType;
}

@ObjectType('FacetValue', {
  ...PUBLIC_TYPE,
  description: 'One value of a facet and how many practices have it.',
})
export class FacetValueType {
  @Field(() => String, {
    description: 'The value to filter by (a region, ISO code, slug, outcome or year).',
  })
  value: string;

  @Field(() => String, { description: 'What to show for it.' })
  label: string;

  @Field(() => Int, {
    description: "Practices with this value, with every other facet's selection applied.",
  })
  count: number;
}

@ObjectType('FacetValueCounts', {
  ...PUBLIC_TYPE,
  description:
    'How many values each facet has in all (what a list with `first` leaves out is counted too).',
})
export class FacetValueCountsType {
  @Field(() => Int, { description: 'Regions.' })
  regions: number;

  @Field(() => Int, { description: 'Countries.' })
  countries: number;

  @Field(() => Int, { description: 'Institutions.' })
  institutions: number;

  @Field(() => Int, { description: 'Priority areas.' })
  priorityAreas: number;

  @Field(() => Int, { description: 'Outcomes.' })
  outcomes: number;

  @Field(() => Int, { description: 'Competition years.' })
  years: number;
}

/**
 * The facets of a list: every value of each facet in display order (most practices first,
 * equal counts by label), and the values the filter selects. The lists are fields with a
 * `first` argument (practice-facets.resolver.ts).
 */
@ObjectType('PracticeFacets', {
  ...PUBLIC_TYPE,
  description:
    "Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied.",
})
export class PracticeFacetsType {
  values: Record<Facet, FacetValueType[]>;

  /** The values the filter selects, per facet: listed even beyond `first`. */
  selected: Record<Facet, ReadonlySet<string>>;
}

@ObjectType('PracticeConnection', {
  ...PUBLIC_TYPE,
  description: 'A page of practices.',
})
export class PracticeConnectionType {
  @Field(() => [PracticeEdgeType], { description: 'The practices of the page with their cursors.' })
  edges: PracticeEdgeType[];

  @Field(() => [PracticeType], { description: 'The practices of the page.' })
  nodes: PracticeType[];

  @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
  pageInfo: PageInfo;

  /** What was asked, so that totalCount and facets are computed only when requested. */
  query: PracticeQuery;

  /** Whether the request also asks for the facets (totalCount is then read off them). */
  withFacets: boolean;
}
