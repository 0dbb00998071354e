import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../../graphql/connection.js';
import { PracticeType } from './practice.type.js';
import { type PracticeQuery } from './practice-query.js';
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

@ObjectType('PracticeFacets', {
  ...PUBLIC_TYPE,
  description:
    "Counts over the whole filtered set, not the page. Each facet is counted with every other facet's selection applied.",
})
export class PracticeFacetsType {
  @Field(() => [FacetValueType], { description: 'By region.' })
  regions: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'By country (value: ISO code).' })
  countries: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'By institution (value: slug).' })
  institutions: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'By priority area (value: slug).' })
  priorityAreas: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'By outcome.' })
  outcomes: FacetValueType[];

  @Field(() => [FacetValueType], { description: 'By competition year.' })
  years: FacetValueType[];
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
