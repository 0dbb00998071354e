import { inject } from 'vitest';

export async function graphql(query: string, variables?: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}
