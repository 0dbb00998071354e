import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { type AddressInfo } from 'node:net';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticApp } from '../static-app.js';

let dir: string;
let close: () => Promise<void>;
let base: string;
const SCRIPT = `export const words = ${JSON.stringify('good practice '.repeat(500))};\n`;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'gpa-static-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>Explorer</title>');
  await writeFile(path.join(dir, 'assets/app-abc123.js'), SCRIPT);
  const app = express().use('/', staticApp(dir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close?.();
  await rm(dir, { recursive: true, force: true });
});

/** A raw GET (fetch would decompress and hide the encoding). */
function get(address: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>(
    (resolve, reject) => {
      request(address, { headers }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, bytes }));
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('the built apps as served', () => {
  it('compresses scripts for browsers that accept it, and keeps them cached for a year', async () => {
    const plain = await get(`${base}/assets/app-abc123.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.bytes).toBe(Buffer.byteLength(SCRIPT));
    const gzip = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'gzip' });
    expect(gzip.status).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.bytes).toBeLessThan(plain.bytes / 5);
    expect(gzip.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    const brotli = await get(`${base}/assets/app-abc123.js`, { 'accept-encoding': 'br' });
    expect(brotli.headers['content-encoding']).toBe('br');
  });

  it('answers a client route with index.html, never cached, and a missing asset with 404', async () => {
    const page = await get(`${base}/practices/some-practice`, { 'accept-encoding': 'gzip' });
    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await get(`${base}/assets/missing.js`)).status).toBe(404);
  });
});
