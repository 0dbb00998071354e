/**
 * Options of the public object types, whose answers can hold thousands of objects (a search's
 * facet values, a booklet's entries): their plain fields are read straight off the object by
 * graphql-js. Without it type-graphql wraps every field in a resolver that runs the middleware
 * chain, a tenth of a large answer's time. The price: `@Authorized` on a plain field of such a
 * type would not be checked. These types hold only public data; a test fails if one gets a
 * role-guarded field (__tests__/public-type.test.ts).
 */
export const PUBLIC_TYPE = { simpleResolvers: true } as const;
