import { readFileSync } from 'node:fs';
import { type Rng } from './random.js';

/** The parts of a seed file the generator reads its vocabulary from. */
export interface SeedText {
  countries: { name: string }[];
  institutions: { name: string; acronym?: string | null }[];
  entries: {
    title: string;
    summary?: string | null;
    juryText?: string | null;
    sections?: Record<string, string>;
  }[];
}

export function readSeedText(file: string): SeedText {
  return JSON.parse(readFileSync(file, 'utf8')) as SeedText;
}

/** Placeholders that a sentence is filled with for the practice it is used in. */
export const INST = '{inst}';
export const ACR = '{acr}';
export const COUNTRY = '{country}';

const DEMONYMS = [
  'Korean',
  'Chinese',
  'Indonesian',
  'Iranian',
  'Omani',
  'Saudi',
  'Singaporean',
  'Thai',
  'Vietnamese',
  'Malaysian',
  'Jordanian',
  'Kuwaiti',
  'Fijian',
  'Indian',
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The real sentences of the seed file (summaries, jury texts, the sections of the full
 * practice) with its institutions, acronyms and countries replaced by placeholders, so that
 * each reads naturally in another institution's entry.
 */
export function seedSentences(seed: SeedText): string[] {
  const replacements: [RegExp, string][] = [
    [new RegExp(`\\b(${DEMONYMS.join('|')})s\\b`, 'g'), 'citizens'],
    [new RegExp(`\\b(${DEMONYMS.join('|')})\\b`, 'g'), 'national'],
    ...[...seed.institutions]
      .sort((a, b) => b.name.length - a.name.length)
      .map((i) => [new RegExp(`(the )?${escape(i.name)}`, 'g'), INST] as [RegExp, string]),
    ...seed.institutions
      .filter((i) => i.acronym)
      .map((i) => [new RegExp(`\\b${escape(i.acronym!)}\\b`, 'g'), ACR] as [RegExp, string]),
    ...seed.countries.map((c) => [new RegExp(escape(c.name), 'g'), COUNTRY] as [RegExp, string]),
  ];
  const texts = seed.entries.flatMap((e) => [
    e.summary ?? '',
    e.juryText ?? '',
    ...Object.values(e.sections ?? {}),
  ]);
  const sentences = new Set<string>();
  for (const text of texts) {
    for (const line of text.split('\n')) {
      const clean = line.replace(/^\s*-\s+/, '').trim();
      for (const raw of clean.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)) {
        let s = raw.trim();
        for (const [pattern, placeholder] of replacements) s = s.replace(pattern, placeholder);
        s = s.replace(/\((\{acr\})\)/g, '($1)');
        const words = s.split(/\s+/).length;
        if (words >= 6 && words <= 60 && /[.!?]$/.test(s)) sentences.add(s);
      }
    }
  }
  return [...sentences];
}

/**
 * New sentences recombined from the real ones by a word-level Markov chain of order 2: they
 * keep the seed's vocabulary and phrasing, while their word frequencies spread like real text.
 */
export function markovSentences(sentences: readonly string[], count: number, rng: Rng): string[] {
  const transitions = new Map<string, string[]>();
  const starts: [string, string][] = [];
  for (const sentence of sentences) {
    const words = sentence.split(/\s+/);
    if (words.length < 3) continue;
    starts.push([words[0]!, words[1]!]);
    for (let i = 0; i + 2 < words.length; i += 1) {
      const key = `${words[i]} ${words[i + 1]}`;
      let next = transitions.get(key);
      if (!next) transitions.set(key, (next = []));
      next.push(words[i + 2]!);
    }
  }
  const known = new Set(sentences);
  const out = new Set<string>();
  for (let attempt = 0; out.size < count && attempt < count * 20; attempt += 1) {
    const [a, b] = rng.pick(starts);
    const words = [a, b];
    while (words.length < 50) {
      const next = transitions.get(`${words[words.length - 2]} ${words[words.length - 1]}`);
      if (!next) break;
      const word = rng.pick(next);
      words.push(word);
      if (/[.!?]$/.test(word)) break;
    }
    const sentence = words.join(' ');
    if (words.length >= 8 && /[.!?]$/.test(sentence) && !known.has(sentence)) out.add(sentence);
  }
  return [...out];
}
