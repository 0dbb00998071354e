/** A GraphQL client over HTTP that keeps the session cookie, as a browser would. */
export class GraphQLClient {
  cookie: string | null = null;
  status = 0;

  constructor(public baseUrl: string) {}

  async query<T = any>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: T; errors?: { message: string; extensions?: Record<string, any> }[] }> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    this.status = res.status;
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? null : pair!;
    }
    return (await res.json()) as any;
  }

  signIn(email: string, password: string) {
    return this.query(
      `mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }`,
      { e: email, p: password },
    );
  }
}

export const STAFF_PASSWORD = 'Quiet rivers carry mountains 2026';
