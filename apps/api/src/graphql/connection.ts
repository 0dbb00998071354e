import { Field, ObjectType } from 'type-graphql';
import { userInputError } from './errors.js';
import { PUBLIC_TYPE } from './public-type.js';

@ObjectType({
  ...PUBLIC_TYPE,
  description: 'Where a page of a connection sits in the whole list.',
})
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether more items follow this page.' })
  hasNextPage: boolean;

  @Field(() => Boolean, {
    description: 'Whether items precede this page (true whenever `after` was given).',
  })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item of the page.' })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** `first` as given, or the default; outside 0..100 is the caller's error, not silently clamped. */
export function pageSize(first: number | null | undefined): number {
  if (first == null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw userInputError(`"first" must be between 0 and ${MAX_PAGE_SIZE}.`, 'first');
  }
  return first;
}

/** A keyset cursor: the name of the ordering it belongs to and the sort key of one row. */
export interface CursorKey {
  order: string;
  key: (string | number | null)[];
}

export function encodeCursor(cursor: CursorKey): string {
  return Buffer.from(JSON.stringify([cursor.order, ...cursor.key]), 'utf8').toString('base64url');
}

/** A cursor's JSON array (its ordering's name, then the key), or null when it is not one. */
function parseCursor(after: string): unknown[] | null {
  if (after.length > 2000) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

/** The name of the ordering a cursor belongs to, or null when `after` is not a cursor. */
export function cursorOrder(after: string): string | null {
  const parsed = parseCursor(after);
  return typeof parsed?.[0] === 'string' ? parsed[0] : null;
}

export function decodeCursor(
  after: string | null | undefined,
  order: string,
): CursorKey['key'] | null {
  if (after == null) return null;
  const parsed = parseCursor(after);
  if (
    !parsed ||
    parsed[0] !== order ||
    !parsed.slice(1).every((v) => v === null || typeof v === 'string' || typeof v === 'number')
  ) {
    throw userInputError('"after" is not a cursor of this list.', 'after');
  }
  return parsed.slice(1) as CursorKey['key'];
}
