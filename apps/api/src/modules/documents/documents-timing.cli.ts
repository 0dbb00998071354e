/**
 * Measures how long the documents take to generate, end to end over HTTP, on the configured
 * database (DATABASE_URL, or the embedded one in DATA_DIR; seeded when empty):
 *   npx tsx src/modules/documents/documents-timing.cli.ts [runs] [zipRuns]
 * Two warm-up requests per document first (they start Chromium), then the median of `runs`
 * (default 5); the ZIP of the 76 certificates, made of 76 renders, is timed `zipRuns` times
 * (default 1) after the browser is warm. Kept as a command rather than a test: timings depend
 * on the machine.
 */
import { loadConfig } from '../../config/config.js';
import { createLogger } from '../../logger.js';
import { startServer } from '../../server.js';
import { closePdfRenderer } from './pdf-renderer.js';

const DOCUMENTS = [
  '/documents/competitions/asia-and-the-pacific-2018/booklet.html',
  '/documents/competitions/asia-and-the-pacific-2018/booklet.pdf',
  '/documents/practices/comprehensive-e-services-more-effective-more-reliable/sheet.html',
  '/documents/practices/comprehensive-e-services-more-effective-more-reliable/sheet.pdf',
  '/documents/competitions/asia-and-the-pacific-2018/certificates/comprehensive-e-services-more-effective-more-reliable.html',
  '/documents/competitions/asia-and-the-pacific-2018/certificates/comprehensive-e-services-more-effective-more-reliable.pdf',
];
const ZIP = '/documents/competitions/asia-and-the-pacific-2018/certificates.zip';

const runs = Number(process.argv[2] ?? 5);
const zipRuns = Number(process.argv[3] ?? 1);
const config = { ...loadConfig(), port: 0, host: '127.0.0.1' };
const server = await startServer(config, createLogger('warn'));

async function fetchOnce(url: string): Promise<{ ms: number; bytes: number; status: number }> {
  const started = performance.now();
  const response = await fetch(url);
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - started, bytes, status: response.status };
}

async function measure(path: string, warmUps: number, times: number) {
  for (let i = 0; i < warmUps; i += 1) await fetchOnce(server.url + path);
  const results = [];
  for (let i = 0; i < times; i += 1) results.push(await fetchOnce(server.url + path));
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  console.log(
    `${path}: HTTP ${results[0]!.status}, ${results[0]!.bytes} bytes, median ${median.toFixed(0)} ms over ${times} (${results.map((r) => r.ms.toFixed(0)).join(', ')})`,
  );
}

try {
  for (const path of DOCUMENTS) await measure(path, 2, runs);
  if (zipRuns > 0) await measure(ZIP, 0, zipRuns);
} finally {
  await closePdfRenderer();
  await server.close();
}
