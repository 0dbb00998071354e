import { type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { pageSize } from '../../graphql/connection.js';
import { type PublicCatalog, toPractice } from '../catalog/public-catalog.js';
import { PracticeConnectionType, PracticeEdgeType } from './practice-connection.type.js';
import { type PracticeQuery } from './practice-query.js';

/** One page of practices as a connection; totalCount and facets are resolved only if asked. */
export async function practiceConnection(
  catalog: PublicCatalog,
  query: PracticeQuery,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<PracticeConnectionType> {
  const size = pageSize(first);
  const { rows, hasNextPage } = await catalog.searchPage(query, size, after ?? null);
  const edges = rows.map((row) =>
    Object.assign(new PracticeEdgeType(), { cursor: row.cursor, node: toPractice(row) }),
  );
  return Object.assign(new PracticeConnectionType(), {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    query,
    withFacets: info ? selects(info, 'facets') : false,
  });
}

/** Whether the field being resolved selects `name` (directly or through fragments). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return visit(s.selectionSet, seen);
      const fragment = info.fragments[s.name.value];
      if (!fragment || seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(fragment.selectionSet, seen);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet, new Set()));
}
