import { notFound } from './errors.js';

/** Global object ids: opaque base64url of "Type:localId", resolvable through Query.node. */
export const NODE_TYPES = [
  'Practice',
  'Competition',
  'Institution',
  'Country',
  'PriorityArea',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

export function toGlobalId(type: NodeType, localId: string): string {
  return Buffer.from(`${type}:${localId}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A raw uuid argument, or NOT_FOUND for anything else (never a database error). */
export function uuidOrNotFound(value: string, what: string): string {
  if (!UUID.test(value)) throw notFound(what);
  return value;
}

/** The local id of a global id of the given type, or NOT_FOUND. */
export function localIdOrNotFound(globalId: string, type: NodeType, what: string): string {
  const parsed = fromGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw notFound(what);
  return parsed.id;
}

/** The type and local id of a global id, or null for anything that is not one of ours. */
export function fromGlobalId(globalId: string): { type: NodeType; id: string } | null {
  if (globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, 'base64url').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const type = decoded.slice(0, colon) as NodeType;
  const id = decoded.slice(colon + 1);
  if (!NODE_TYPES.includes(type) || !UUID.test(id)) return null;
  return { type, id };
}
