import { getMetadataStorage } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from '../schema.js';

describe('public object types with plain field resolvers', () => {
  it('have no role-guarded field (a simple resolver would not check it)', async () => {
    await createSchema();
    const storage = getMetadataStorage();
    const simple = storage.objectTypes.filter((t) => t.simpleResolvers);
    expect(simple.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Practice', 'FacetValue', 'Institution', 'Country', 'Competition']),
    );
    const guarded = simple.flatMap((t) =>
      storage.fields
        .filter((f) => f.target === t.target && f.roles !== undefined)
        .map((f) => `${t.name}.${f.name}`),
    );
    // Field resolvers keep their checks (type-graphql wraps them either way); plain fields do not.
    expect(guarded).toEqual([]);
  });
});
