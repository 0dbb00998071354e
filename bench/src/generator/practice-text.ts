import {
  AREA_SUBJECTS,
  CHALLENGES,
  FIGURE_GROUPS,
  FIGURE_LABELS,
  RISKS,
  SUBTITLES,
  SUCCESS_FACTORS,
  SUMMARY_VERBS,
  TARGET_METRICS,
  TITLE_QUALIFIERS,
  TITLE_VERBS,
} from '../data/vocabulary.js';
import { ACR, COUNTRY, INST, markovSentences, type SeedText, seedSentences } from './corpus.js';
import { type Rng, ZipfPicker } from './random.js';

/** What an entry's text is about and who wrote it. */
export interface TextContext {
  institution: { name: string; acronym: string | null };
  countryName: string;
  areas: readonly string[];
  year: number;
}

export interface PracticeText {
  title: string;
  summary: string;
  /** Keyed by the form's section keys, in key order (as the search vector aggregates them). */
  sections: [key: string, body: string][];
  successFactors: string[];
  risks: string[];
  figures: {
    group: string | null;
    label: string;
    value: string | null;
    before: number | null;
    after: number | null;
    unit: string | null;
  }[];
  juryText: string;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Writes the text of synthetic entries: titles and openings from the programme's phrase
 * material, the rest from the seed's own sentences and Markov recombinations of them, drawn
 * with Zipf-distributed popularity so that a few phrasings are everywhere and most are rare.
 */
export class PracticeTextWriter {
  private readonly sentences: ZipfPicker<string>;
  private readonly subjects: Record<string, ZipfPicker<string>>;
  private readonly verbs = new ZipfPicker(TITLE_VERBS, 0.8);
  private readonly qualifiers = new ZipfPicker(TITLE_QUALIFIERS, 1.1);
  private readonly subtitles = new ZipfPicker(SUBTITLES, 1);
  private readonly challenges = new ZipfPicker(CHALLENGES, 0.8);
  private readonly factors = new ZipfPicker(SUCCESS_FACTORS, 0.9);
  private readonly risks = new ZipfPicker(RISKS, 0.9);
  private readonly figureLabels = new ZipfPicker(FIGURE_LABELS, 0.8);

  constructor(seed: SeedText, rng: Rng) {
    const real = seedSentences(seed);
    const pool = rng.shuffle([...real, ...markovSentences(real, 3000, rng)]);
    this.sentences = new ZipfPicker(pool, 0.7);
    this.subjects = Object.fromEntries(
      Object.entries(AREA_SUBJECTS).map(([area, list]) => [area, new ZipfPicker(list, 0.9)]),
    );
  }

  /**
   * `fullText`: the chance that the entry has its form's sections, lessons and figures. Like
   * the public database, which has the full text of the winning entries and of some others.
   */
  write(rng: Rng, ctx: TextContext, fullText: number): PracticeText {
    const subject = this.subject(rng, ctx.areas[0]!);
    const sections: [string, string][] = [];
    const full = rng.chance(fullText);
    if (full) {
      sections.push(['approach', this.approach(rng, ctx)]);
      if (rng.chance(0.95)) sections.push(['issue', this.issue(rng, ctx)]);
      if (rng.chance(0.6)) sections.push(['targets', this.targets(rng)]);
    }
    const hasLessons = full && rng.chance(0.8);
    return {
      title: this.title(rng, subject, ctx),
      summary: this.summary(rng, subject, ctx),
      sections,
      successFactors: hasLessons ? this.distinct(rng, this.factors, rng.int(1, 3)) : [],
      risks: hasLessons ? this.distinct(rng, this.risks, rng.int(0, 3)) : [],
      figures: full && rng.chance(0.6) ? this.figures(rng) : [],
      juryText: this.paragraph(rng, ctx, rng.int(1, 2)),
    };
  }

  /** Another title for the same entry, when the first collides within its competition. */
  retitle(rng: Rng, ctx: TextContext): string {
    return this.title(rng, this.subject(rng, rng.pick(ctx.areas)), ctx);
  }

  private subject(rng: Rng, area: string): string {
    return (this.subjects[area] ?? this.subjects['service-quality']!).pick(rng);
  }

  private title(rng: Rng, subject: string, ctx: TextContext): string {
    const roll = rng.next();
    if (roll < 0.35) return `${this.verbs.pick(rng)} ${subject}`;
    if (roll < 0.6) return `${this.verbs.pick(rng)} ${subject} ${this.qualifiers.pick(rng)}`;
    if (roll < 0.75)
      return `${cap(subject.replace(/^(a|an|the) /, ''))} ${this.qualifiers.pick(rng)}`;
    if (roll < 0.85) {
      const acronym = subject
        .split(/\s+/)
        .filter((w) => w.length > 3)
        .map((w) => w[0]!.toUpperCase())
        .join('');
      return `${acronym.length >= 2 ? acronym : 'SMART'}: ${this.verbs.pick(rng)} ${subject}`;
    }
    const subtitle = this.subtitles.pick(rng).replace(INST, ctx.institution.name);
    return `${cap(subject.replace(/^(a|an|the) /, ''))}: ${subtitle}`;
  }

  private summary(rng: Rng, subject: string, ctx: TextContext): string {
    const { name, acronym } = ctx.institution;
    const who = acronym ? `The ${name} (${acronym})` : `The ${name}`;
    const when = ctx.year - rng.int(1, 6);
    const opening = rng.chance(0.5)
      ? `${who} ${this.pickVerb(rng)} ${subject} in ${when}.`
      : `In ${when}, ${lower(who)} ${this.pickVerb(rng)} ${subject} ${this.qualifiers.pick(rng)}.`;
    const parts = [opening, this.paragraph(rng, ctx, rng.int(1, 2))];
    if (rng.chance(0.4)) {
      const [direction, metric] = rng.pick(TARGET_METRICS);
      const verb = direction === 'reduce' ? 'fell' : 'rose';
      parts.push(`As a result, ${metric} ${verb} by ${rng.int(5, 60)} per cent.`);
    }
    return parts.join(' ');
  }

  private pickVerb(rng: Rng): string {
    return rng.pick(SUMMARY_VERBS);
  }

  private issue(rng: Rng, ctx: TextContext): string {
    if (rng.chance(0.5)) return this.paragraph(rng, ctx, rng.int(1, 2));
    const items = this.distinct(rng, this.challenges, rng.int(2, 4));
    return `Issues and challenges:\n\n${items.map((c) => `- ${c}`).join('\n')}`;
  }

  private approach(rng: Rng, ctx: TextContext): string {
    const n = rng.int(2, 3);
    const items: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const subject = cap(this.subject(rng, rng.pick(ctx.areas)).replace(/^(a|an|the) /, ''));
      items.push(`- ${subject}: ${this.fill(this.sentences.pick(rng), ctx)}`);
    }
    return items.join('\n');
  }

  private targets(rng: Rng): string {
    const n = rng.int(1, 2);
    const items: string[] = [];
    for (let i = 0; i < n; i += 1) {
      const [direction, metric] = rng.pick(TARGET_METRICS);
      items.push(`- ${cap(direction)} ${metric} by ${rng.int(5, 50)} per cent.`);
    }
    return items.join('\n');
  }

  private figures(rng: Rng): PracticeText['figures'] {
    const group = rng.chance(0.5) ? rng.pick(FIGURE_GROUPS) : null;
    return this.distinct(rng, this.figureLabels, rng.int(1, 3)).map((label) => {
      if (rng.chance(0.5)) {
        return {
          group,
          label,
          value: `${rng.int(2, 98)} per cent`,
          before: null,
          after: null,
          unit: null,
        };
      }
      const before = rng.int(10, 100_000);
      const after = Math.round(before * (0.3 + rng.next() * 1.5));
      return { group, label, value: null, before, after, unit: rng.chance(0.3) ? 'min' : null };
    });
  }

  private paragraph(rng: Rng, ctx: TextContext, n: number): string {
    const out: string[] = [];
    for (let i = 0; i < n; i += 1) out.push(this.fill(this.sentences.pick(rng), ctx));
    return out.join(' ');
  }

  private distinct<T>(rng: Rng, picker: ZipfPicker<T>, n: number): T[] {
    const out = new Set<T>();
    for (let i = 0; i < n * 3 && out.size < n; i += 1) out.add(picker.pick(rng));
    return [...out];
  }

  /** Puts the entry's institution and country where the seed sentence named its own. */
  private fill(sentence: string, ctx: TextContext): string {
    if (!sentence.includes('{')) return sentence;
    const { name, acronym } = ctx.institution;
    let s = acronym ? sentence : sentence.replaceAll(` (${ACR})`, '');
    s = s.replace(/^The \{inst\}/, `The ${name}`).replaceAll(INST, `the ${name}`);
    s = s.replaceAll(ACR, acronym ?? `the ${name.split(' ').at(-1)}`);
    s = s.replaceAll(COUNTRY, ctx.countryName);
    return cap(s);
  }
}
