import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { seedFileSchema, type SeedFile } from '@gpa/shared';
import { DEFAULT_SEED_DIR } from '../../../server.js';

/** Helpers for reading the generated documents the way a reader does: as text. */

export const SEED_FILE = path.join(DEFAULT_SEED_DIR, 'asia-and-the-pacific-2018.json');

export function loadSeed(): SeedFile {
  return seedFileSchema.parse(JSON.parse(readFileSync(SEED_FILE, 'utf8')));
}

/**
 * The two source documents the project was built from live next to the repository
 * (../shared/seeds); the checks against them are skipped where they are not available.
 */
const SOURCES = path.resolve(DEFAULT_SEED_DIR, '../../../shared/seeds');
export const BOOKLET_SOURCE = path.join(SOURCES, '000_fe37f71df5c14ef3.txt');
export const SHEET_SOURCE = path.join(SOURCES, '004_1d54f2d59f1f5d95.txt');
export const hasSource = (file: string) => existsSync(file);
export const readSource = (file: string) => readFileSync(file, 'utf8');

/** Whitespace collapsed, compatibility forms folded (ligatures, no-break spaces). */
export function normalize(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

/** The visible text of an HTML fragment (tags become spaces, entities are decoded). */
export function htmlText(html: string): string {
  return normalize(
    html
      .replace(/<(style|script|head)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENTITIES[e]!),
  );
}

/** The text pieces of a plain-text field: paragraphs and list items, without bullets. */
export function plainTextPieces(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => normalize(line.replace(/^\s*- /, '')))
    .filter(Boolean);
}

/**
 * The parts of a document under each heading of one kind, e.g. the booklet's
 * `<h1 class="part-title">`: heading text → the HTML up to the next such heading.
 */
export function splitByHeadings(html: string, headingPattern: RegExp): Map<string, string> {
  const global = new RegExp(headingPattern.source, 'g');
  const matches = [...html.matchAll(global)];
  const parts = new Map<string, string>();
  matches.forEach((m, i) => {
    const end = i + 1 < matches.length ? matches[i + 1]!.index : html.length;
    parts.set(htmlText(m[1]!), html.slice(m.index, end));
  });
  return parts;
}

/** Every match of a pattern's first group, as text. */
export function allText(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(new RegExp(pattern.source, 'g'))].map((m) => htmlText(m[1]!));
}
