import { readFile } from 'node:fs/promises';
import { fontFilePath } from './document-fonts.js';
import { documentStylesheet } from './document-styles.js';

/**
 * The static files of the documents (/documents/assets/…), looked up by the router and by the
 * PDF renderer alike, so the PDF is laid out with exactly the bytes a browser would get.
 */
export interface Asset {
  body: Buffer;
  contentType: string;
}

// Fonts and the stylesheet come from the installed packages and this module, never from the
// database, so keeping them in memory cannot serve stale data.
const cache = new Map<string, Promise<Asset>>();

/** `name` is the path under assets/, e.g. "documents.css" or "fonts/noto-sans-latin-400-normal.woff2". */
export function findAsset(name: string): Promise<Asset> | null {
  const cached = cache.get(name);
  if (cached) return cached;
  let loading: Promise<Asset>;
  if (name === 'documents.css') {
    loading = Promise.resolve({
      body: Buffer.from(documentStylesheet()),
      contentType: 'text/css; charset=utf-8',
    });
  } else {
    const font = name.startsWith('fonts/') ? fontFilePath(name.slice('fonts/'.length)) : null;
    if (!font) return null;
    loading = readFile(font).then((body) => ({ body, contentType: 'font/woff2' }));
  }
  loading.catch(() => cache.delete(name));
  cache.set(name, loading);
  return loading;
}
