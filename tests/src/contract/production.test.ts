import { describe, expect, it, inject } from 'vitest';
import { graphql } from '../support/graphql.js';

const base = () => inject('baseUrl');

describe('the production process on the embedded database', () => {
  it('serves the contract query with the booklet numbers', async () => {
    const res = await graphql(`
      {
        competition(region: ASIA_PACIFIC, year: 2018) {
          stats {
            entries
            institutions
            countries
            awards
            certificatesOfMerit
            specialMentions
            attestations
          }
        }
      }
    `);
    expect(res).toEqual({
      data: {
        competition: {
          stats: {
            entries: 76,
            institutions: 20,
            countries: 15,
            awards: 1,
            certificatesOfMerit: 53,
            specialMentions: 19,
            attestations: 22,
          },
        },
      },
    });
  });

  it('serves the explorer at / and its client routes', async () => {
    for (const route of [
      '/',
      '/practices?q=mobile',
      '/competitions/asia-and-the-pacific-2018',
      '/practices/x',
    ]) {
      const res = await fetch(`${base()}${route}`);
      expect(res.status, route).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      const html = await res.text();
      expect(html).toMatch(/<div id="root">/);
    }
  });

  it('serves the console at /console', async () => {
    const res = await fetch(`${base()}/console`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/\/console\/assets\//);
  });

  it('serves the built assets the pages reference, and nothing from outside', async () => {
    const html = await (await fetch(`${base()}/`)).text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset, 'no outside URL').not.toMatch(/^(https?:)?\/\//);
      const res = await fetch(new URL(asset, base()));
      expect(res.status, asset).toBe(200);
    }
  });

  it('answers health and readiness', async () => {
    expect((await fetch(`${base()}/healthz`)).status).toBe(200);
    expect(await (await fetch(`${base()}/readyz`)).json()).toMatchObject({ status: 'ok' });
  });

  it('hides internals in production errors', async () => {
    const res = await graphql(`
      {
        practices(first: 1000) {
          totalCount
        }
      }
    `);
    expect(res.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|node_modules/);
  });
});
