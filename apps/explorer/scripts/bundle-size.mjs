#!/usr/bin/env node
// Prints the gzip size of the JavaScript the home page loads before any interaction: the entry
// chunk named by dist/index.html, the chunks it imports statically (transitively), and the
// modulepreload links. Lazy chunks (other pages, languages, the map, GraphiQL) are listed apart.
// Usage: node scripts/bundle-size.mjs [--budget 150] [--dist dir]   (after `vite build`)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const dist = path.resolve(
  option('--dist') ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../dist'),
);
const budgetKb = Number(option('--budget') ?? 150);

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const fromHtml = [
  ...html.matchAll(/<script[^>]+src="\/([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+\.js)"/g),
].map((m) => m[1]);

const print = (line = '') => process.stdout.write(`${line}\n`);
const gzip = (file) => gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// Static imports inside a chunk: `import … from "./x.js"` and `import "./x.js"` (not import()).
function staticImports(file) {
  const code = readFileSync(path.join(dist, file), 'utf8');
  const dir = path.dirname(file);
  const found = new Set();
  for (const m of code.matchAll(
    /(?:^|[;\n}])\s*import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    found.add(path.posix.join(dir, m[1]));
  }
  return [...found];
}

const initial = new Set();
const queue = [...fromHtml];
while (queue.length) {
  const file = queue.shift();
  if (initial.has(file)) continue;
  initial.add(file);
  queue.push(...staticImports(file));
}

let total = 0;
print('Initial JavaScript of the home page (gzip -9):');
for (const file of initial) {
  const size = gzip(file);
  total += size;
  print(`  ${file.padEnd(48)} ${kb(size).padStart(10)}`);
}
print(`  ${'total'.padEnd(48)} ${kb(total).padStart(10)}   (budget ${budgetKb} KB)`);

const assets = readdirSync(path.join(dist, 'assets'))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
  .filter((f) => !initial.has(f));
print('\nLoaded later, when needed:');
for (const file of assets.sort((a, b) => gzip(b) - gzip(a))) {
  print(
    `  ${file.padEnd(48)} ${kb(gzip(file)).padStart(10)}   (${kb(statSync(path.join(dist, file)).size)} raw)`,
  );
}

if (total > budgetKb * 1024) {
  print(`\nOver budget: ${kb(total)} > ${budgetKb} KB`);
  process.exitCode = 1;
}
