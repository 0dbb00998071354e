import {
  OUTCOME_LABELS,
  OUTCOMES,
  REGION_LABELS,
  REGIONS,
  type Outcome,
  type Region,
} from '@gpa/shared';
import { decodeCursor } from '../../../graphql/connection.js';
import { userInputError } from '../../../graphql/errors.js';
import { type Facet, type PracticeQuery } from '../practice-query.js';
import { type FacetCount } from '../practice-search.repository.js';
import { complement, difference, intersect, lowerBound, union } from './sorted-sets.js';
import { type TsQuery } from './tsquery.js';
import { readTsVector, type WeightClass } from './tsvector.js';

/** A row of practice_search as the index loads it, in the NEWEST order. */
export interface IndexRow {
  practice_id: string;
  institution_id: string;
  country_id: string;
  region: Region;
  year: number;
  outcome: Outcome | null;
  area_ids: string[];
  neg_year: number;
  outcome_rank: number;
  pos: number;
  title_key: string;
  vector: string;
}

export interface Label {
  id: string;
  value: string;
  label: string;
}

interface Postings {
  docs: Uint32Array;
  /** Per posting: the best weight class (bits 0–1) and the number of positions, capped (bits 2–7). */
  info: Uint8Array;
}

/** What a ranked page is ordered by: a document and its relevance. */
export interface Hit {
  doc: number;
  score: number;
}

/** How much a word adds to relevance, by its best weight (A title … D full text). */
const WEIGHT: Record<WeightClass, number> = { 0: 1, 1: 0.4, 2: 0.2, 3: 0.1 };
/** Added when the title alone matches the whole query: title matches rank first. */
export const TITLE_BONUS = 10;

/** A posting's share of its document's relevance, by its info byte (see Postings). */
const CONTRIBUTION = Float64Array.from(
  { length: 256 },
  (_, x) => WEIGHT[(x & 3) as WeightClass] + 0.01 * Math.min(x >> 2, 10),
);

/** Rounded so that a cursor's JSON number compares equal to the score it came from. */
const roundScore = (score: number) => Math.round(score * 1e6) / 1e6;
const NO_OUTCOME = 255;

/** Compares strings by code point, as PostgreSQL's "C" collation compares UTF-8 bytes. */
export function compareC(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i += 1) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i += 1;
  }
  return a.length - b.length;
}

const cmp = (a: number | string, b: number | string) =>
  typeof a === 'number' ? (a as number) - (b as number) : compareC(a, b as string);

/** Collects rows in order, then freezes them into a snapshot. */
export class SnapshotBuilder {
  private n = 0;
  private readonly ids: string[] = [];
  private readonly negYear: number[] = [];
  private readonly outcomeRank: number[] = [];
  private readonly pos: number[] = [];
  private readonly titleKey: string[] = [];
  private readonly region: number[] = [];
  private readonly country: number[] = [];
  private readonly institution: number[] = [];
  private readonly outcome: number[] = [];
  private readonly year: number[] = [];
  private readonly areaStart: number[] = [0];
  private readonly areaList: number[] = [];
  private readonly postings = new Map<string, { docs: number[]; info: number[] }>();
  private readonly titlePostings = new Map<string, number[]>();
  private readonly countryIdx: Map<string, number>;
  private readonly institutionIdx: Map<string, number>;
  private readonly areaIdx: Map<string, number>;

  constructor(
    private readonly version: string,
    private readonly countries: Label[],
    private readonly institutions: Label[],
    private readonly areas: Label[],
  ) {
    const index = (labels: Label[]) => new Map(labels.map((l, i) => [l.id, i]));
    this.countryIdx = index(countries);
    this.institutionIdx = index(institutions);
    this.areaIdx = index(areas);
  }

  add(row: IndexRow): void {
    const doc = this.n;
    this.n += 1;
    this.ids.push(row.practice_id);
    this.negYear.push(row.neg_year);
    this.outcomeRank.push(row.outcome_rank);
    this.pos.push(row.pos);
    this.titleKey.push(row.title_key);
    this.region.push(REGIONS.indexOf(row.region));
    this.country.push(this.countryIdx.get(row.country_id) ?? -1);
    this.institution.push(this.institutionIdx.get(row.institution_id) ?? -1);
    this.outcome.push(row.outcome ? OUTCOMES.indexOf(row.outcome) : NO_OUTCOME);
    this.year.push(row.year);
    for (const area of row.area_ids) {
      const a = this.areaIdx.get(area);
      if (a !== undefined) this.areaList.push(a);
    }
    this.areaStart.push(this.areaList.length);
    readTsVector(row.vector, (lexeme, best, positions) => {
      let p = this.postings.get(lexeme);
      if (!p) {
        p = { docs: [], info: [] };
        this.postings.set(lexeme, p);
      }
      p.docs.push(doc);
      p.info.push(best | (Math.min(positions, 63) << 2));
      if (best === 0) {
        let t = this.titlePostings.get(lexeme);
        if (!t) this.titlePostings.set(lexeme, (t = []));
        t.push(doc);
      }
    });
  }

  /** `titleOrder`: the documents in the TITLE order (title_key COLLATE "C", practice_id). */
  finish(titleOrderIds: string[]): SearchSnapshot {
    const docOf = new Map(this.ids.map((id, doc) => [id, doc]));
    const titleOrder = Uint32Array.from(
      titleOrderIds.map((id) => docOf.get(id)).filter((d): d is number => d !== undefined),
    );
    const postings = new Map<string, Postings>();
    for (const [lexeme, p] of this.postings) {
      postings.set(lexeme, { docs: Uint32Array.from(p.docs), info: Uint8Array.from(p.info) });
    }
    const titlePostings = new Map<string, Uint32Array>();
    for (const [lexeme, docs] of this.titlePostings)
      titlePostings.set(lexeme, Uint32Array.from(docs));
    return new SearchSnapshot({
      version: this.version,
      n: this.n,
      ids: this.ids,
      docOf,
      negYear: Int32Array.from(this.negYear),
      outcomeRank: Int32Array.from(this.outcomeRank),
      pos: Int32Array.from(this.pos),
      titleKey: this.titleKey,
      region: Uint8Array.from(this.region),
      country: Int32Array.from(this.country),
      institution: Int32Array.from(this.institution),
      outcome: Uint8Array.from(this.outcome),
      year: Uint16Array.from(this.year),
      yearMin: this.n ? Math.min(...new Set(this.year)) : 0,
      yearSpan: this.n ? Math.max(...new Set(this.year)) - Math.min(...new Set(this.year)) + 1 : 0,
      areaStart: Uint32Array.from(this.areaStart),
      areaList: Uint32Array.from(this.areaList),
      titleOrder,
      titleRank: rankOf(titleOrder, this.n),
      postings,
      titlePostings,
      countries: this.countries,
      institutions: this.institutions,
      areas: this.areas,
    });
  }
}

function rankOf(order: Uint32Array, n: number): Uint32Array {
  const rank = new Uint32Array(n);
  order.forEach((doc, i) => {
    rank[doc] = i;
  });
  return rank;
}

interface SnapshotData {
  version: string;
  n: number;
  ids: string[];
  docOf: Map<string, number>;
  negYear: Int32Array;
  outcomeRank: Int32Array;
  pos: Int32Array;
  titleKey: string[];
  region: Uint8Array;
  country: Int32Array;
  institution: Int32Array;
  outcome: Uint8Array;
  year: Uint16Array;
  /** The first year and the number of years from it to the last, for dense year counts. */
  yearMin: number;
  yearSpan: number;
  areaStart: Uint32Array;
  areaList: Uint32Array;
  titleOrder: Uint32Array;
  titleRank: Uint32Array;
  postings: Map<string, Postings>;
  titlePostings: Map<string, Uint32Array>;
  countries: Label[];
  institutions: Label[];
  areas: Label[];
}

/** Per facet: which of its values are selected (null: no selection). */
type Selection = Record<Facet, Uint8Array | null>;

/** The documents a text query matches (ascending), with their relevance; all documents when null. */
export interface Matches {
  docs: Uint32Array | null;
  scores: Float64Array | null;
}

/**
 * An immutable in-memory index of practice_search at one public_data_version: the facet values
 * of every published practice in typed arrays, posting lists of the lexemes of their stored
 * vectors, and the orders of the public sorts. Queries cost what the page and the facet counts
 * need, not a scan of the database; PostgreSQL still parses the query (stemming, web syntax),
 * checks phrases and renders the page's rows and snippets.
 */
export class SearchSnapshot {
  readonly version: string;
  readonly size: number;

  /** score()'s accumulator over every document, all zeros between calls. */
  private scratch: Float64Array | undefined;

  constructor(private readonly d: SnapshotData) {
    this.version = d.version;
    this.size = d.n;
  }

  /** The number of (lexeme, document) pairs held, for the logs. */
  get postingCount(): number {
    let n = 0;
    for (const p of this.d.postings.values()) n += p.docs.length;
    return n;
  }

  docOf(id: string): number | undefined {
    return this.d.docOf.get(id);
  }

  idOf(doc: number): string {
    return this.d.ids[doc]!;
  }

  /** The documents matching a query tree; phrases are read as "all these words" (a superset). */
  evaluate(q: TsQuery, title = false): Uint32Array {
    const lookup = (lexeme: string) =>
      (title ? this.d.titlePostings.get(lexeme) : this.d.postings.get(lexeme)?.docs) ??
      new Uint32Array(0);
    const run = (node: TsQuery): Uint32Array => {
      switch (node.kind) {
        case 'term':
          return lookup(node.lexeme);
        case 'not':
          return complement(this.d.n, run(node.child));
        case 'or':
          return node.children.map(run).reduce(union);
        case 'and':
        case 'phrase': {
          const positive = node.children.filter((c) => c.kind !== 'not');
          const negative = node.children.filter(
            (c): c is Extract<TsQuery, { kind: 'not' }> => c.kind === 'not',
          );
          let docs = positive.length
            ? positive
                .map(run)
                .sort((a, b) => a.length - b.length)
                .reduce(intersect)
            : complement(this.d.n, new Uint32Array(0));
          for (const n of negative) docs = difference(docs, run(n.child));
          return docs;
        }
      }
    };
    return run(q);
  }

  /**
   * Relevance of each matched document: the title bonus when the title alone matches the whole
   * query, plus, for each word of the query, its best weight and a little for repeats.
   */
  score(q: TsQuery, lexemes: Set<string>, docs: Uint32Array): Float64Array {
    // One word (most searches): the matches are its posting list, in the same order.
    if (q.kind === 'term' && lexemes.size === 1 && lexemes.has(q.lexeme)) {
      const postings = this.d.postings.get(q.lexeme);
      if (postings && postings.docs === docs)
        return this.scoreOneWord(postings, this.d.titlePostings.get(q.lexeme));
    }
    // Accumulated over every document (typed-array loops), then read for the matches. The
    // array is the snapshot's own, reused (this runs to completion on one thread) and left
    // zeroed: at a million practices a new one per search was 8 MB to allocate and collect.
    const all = (this.scratch ??= new Float64Array(this.d.n));
    const lists: Uint32Array[] = [];
    for (const lexeme of lexemes) {
      const p = this.d.postings.get(lexeme);
      if (!p) continue;
      const { docs: pd, info } = p;
      for (let j = 0; j < pd.length; j += 1) all[pd[j]!]! += CONTRIBUTION[info[j]!]!;
      lists.push(pd);
    }
    const titled = this.evaluate(q, true);
    for (let j = 0; j < titled.length; j += 1) all[titled[j]!]! += TITLE_BONUS;
    lists.push(titled);
    const scores = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i += 1) scores[i] = roundScore(all[docs[i]!]!);
    for (const list of lists) for (let j = 0; j < list.length; j += 1) all[list[j]!] = 0;
    return scores;
  }

  /**
   * The scores of one word's matches, as score() computes them, without an array over every
   * document: its postings in order, the title bonus merged in from its title postings.
   */
  private scoreOneWord(postings: Postings, title: Uint32Array | undefined): Float64Array {
    const { docs, info } = postings;
    const scores = new Float64Array(docs.length);
    const titles = title ?? new Uint32Array(0);
    let t = 0;
    for (let i = 0; i < docs.length; i += 1) {
      const doc = docs[i]!;
      let score = CONTRIBUTION[info[i]!]!;
      while (t < titles.length && titles[t]! < doc) t += 1;
      if (t < titles.length && titles[t] === doc) score += TITLE_BONUS;
      scores[i] = roundScore(score);
    }
    return scores;
  }

  private selection(query: PracticeQuery): Selection {
    const flags = (size: number, indexes: number[]) => {
      const f = new Uint8Array(size);
      for (const i of indexes) if (i >= 0) f[i] = 1;
      return f;
    };
    const byValue = (labels: Label[], values: string[]) => {
      const wanted = new Set(values);
      return labels.flatMap((l, i) => (wanted.has(l.value) ? [i] : []));
    };
    return {
      regions: query.regions.length
        ? flags(
            REGIONS.length,
            query.regions.map((r) => REGIONS.indexOf(r)),
          )
        : null,
      countries: query.countryCodes.length
        ? flags(this.d.countries.length, byValue(this.d.countries, query.countryCodes))
        : null,
      institutions: query.institutionSlugs.length
        ? flags(this.d.institutions.length, byValue(this.d.institutions, query.institutionSlugs))
        : null,
      priorityAreas: query.priorityAreaSlugs.length
        ? flags(this.d.areas.length, byValue(this.d.areas, query.priorityAreaSlugs))
        : null,
      outcomes: query.outcomes.length
        ? flags(
            256,
            query.outcomes.map((o) => OUTCOMES.indexOf(o)),
          )
        : null,
      years: query.years.length
        ? flags(
            this.d.yearSpan,
            query.years.flatMap((y) =>
              Number.isInteger(y) && y >= this.d.yearMin && y < this.d.yearMin + this.d.yearSpan
                ? [y - this.d.yearMin]
                : [],
            ),
          )
        : null,
    };
  }

  /** Whether a document passes every selected facet. */
  private inList(s: Selection): (doc: number) => boolean {
    const { region, country, institution, outcome, year, areaStart, areaList, yearMin } = this.d;
    const { regions: sr, countries: sc, institutions: si, priorityAreas: sa } = s;
    const { outcomes: so, years: sy } = s;
    return (doc) => {
      if (sr !== null && sr[region[doc]!] !== 1) return false;
      if (sc !== null && !(country[doc]! >= 0 && sc[country[doc]!] === 1)) return false;
      if (si !== null && !(institution[doc]! >= 0 && si[institution[doc]!] === 1)) return false;
      if (so !== null && so[outcome[doc]!] !== 1) return false;
      if (sy !== null && sy[year[doc]! - yearMin] !== 1) return false;
      if (sa !== null) {
        for (let a = areaStart[doc]!; a < areaStart[doc + 1]!; a += 1)
          if (sa[areaList[a]!] === 1) return true;
        return false;
      }
      return true;
    };
  }

  /** All six facets over the matches, each with every other facet's selection applied. */
  facets(query: PracticeQuery, matches: Matches): FacetCount[] {
    const d = this.d;
    const { region, country, institution, outcome, year, areaStart, areaList, yearMin } = d;
    const regions = new Int32Array(REGIONS.length);
    const countries = new Int32Array(d.countries.length);
    const institutions = new Int32Array(d.institutions.length);
    const areas = new Int32Array(d.areas.length);
    const outcomes = new Int32Array(OUTCOMES.length);
    const years = new Int32Array(d.yearSpan);
    const selection = this.selection(query);
    const { regions: sr, countries: sc, institutions: si, priorityAreas: sa } = selection;
    const { outcomes: so, years: sy } = selection;
    const docs = matches.docs;
    const total = docs ? docs.length : d.n;
    for (let k = 0; k < total; k += 1) {
      const doc = docs ? docs[k]! : k;
      // The bits of the selected facets this document fails: 0 means it is in the list.
      let mask = 0;
      if (sr !== null && sr[region[doc]!] !== 1) mask |= 1;
      if (sc !== null && !(country[doc]! >= 0 && sc[country[doc]!] === 1)) mask |= 2;
      if (si !== null && !(institution[doc]! >= 0 && si[institution[doc]!] === 1)) mask |= 4;
      if (sa !== null) {
        let any = false;
        for (let a = areaStart[doc]!; a < areaStart[doc + 1]!; a += 1)
          if (sa[areaList[a]!] === 1) any = true;
        if (!any) mask |= 8;
      }
      if (so !== null && so[outcome[doc]!] !== 1) mask |= 16;
      if (sy !== null && sy[year[doc]! - yearMin] !== 1) mask |= 32;
      // A facet counts the documents that pass every other facet's selection.
      if ((mask & ~1) === 0) regions[region[doc]!]! += 1;
      if ((mask & ~2) === 0 && country[doc]! >= 0) countries[country[doc]!]! += 1;
      if ((mask & ~4) === 0 && institution[doc]! >= 0) institutions[institution[doc]!]! += 1;
      if ((mask & ~8) === 0)
        for (let a = areaStart[doc]!; a < areaStart[doc + 1]!; a += 1) areas[areaList[a]!]! += 1;
      if ((mask & ~16) === 0 && outcome[doc] !== NO_OUTCOME) outcomes[outcome[doc]!]! += 1;
      if ((mask & ~32) === 0) years[year[doc]! - yearMin]! += 1;
    }

    const out: FacetCount[] = [];
    const push = (facet: Facet, value: string, label: string, count: number) => {
      if (count > 0) out.push({ facet, value, label, count });
    };
    regions.forEach((c, i) =>
      push('regions', REGIONS[i]!, capitalize(REGION_LABELS[REGIONS[i]!]), c),
    );
    countries.forEach((c, i) => push('countries', d.countries[i]!.value, d.countries[i]!.label, c));
    institutions.forEach((c, i) =>
      push('institutions', d.institutions[i]!.value, d.institutions[i]!.label, c),
    );
    areas.forEach((c, i) => push('priorityAreas', d.areas[i]!.value, d.areas[i]!.label, c));
    outcomes.forEach((c, i) => push('outcomes', OUTCOMES[i]!, OUTCOME_LABELS[OUTCOMES[i]!], c));
    years.forEach((c, i) => push('years', String(yearMin + i), String(yearMin + i), c));
    return out;
  }

  count(query: PracticeQuery, matches: Matches): number {
    const inList = this.inList(this.selection(query));
    let n = 0;
    if (matches.docs) {
      for (const doc of matches.docs) if (inList(doc)) n += 1;
    } else {
      for (let doc = 0; doc < this.d.n; doc += 1) if (inList(doc)) n += 1;
    }
    return n;
  }

  /** The sort key of a document in an order, as its cursor carries it. */
  key(order: 'RELEVANCE' | 'NEWEST' | 'TITLE', doc: number, score = 0): (string | number)[] {
    const d = this.d;
    switch (order) {
      case 'RELEVANCE':
        return [-score, d.outcomeRank[doc]!, d.negYear[doc]!, d.ids[doc]!];
      case 'NEWEST':
        return [d.negYear[doc]!, d.outcomeRank[doc]!, d.pos[doc]!, d.titleKey[doc]!, d.ids[doc]!];
      case 'TITLE':
        return [d.titleKey[doc]!, d.ids[doc]!];
    }
  }

  /**
   * `first` + 1 documents of the list after the cursor, in the query's order: the page and
   * whether more follow.
   */
  page(query: PracticeQuery, matches: Matches, first: number, after: string | null): Hit[] {
    const order = query.order as 'RELEVANCE' | 'NEWEST' | 'TITLE';
    const width = { RELEVANCE: 4, NEWEST: 5, TITLE: 2 }[order];
    const cursor = decodeCursor(after, order);
    if (cursor && (cursor.length !== width || cursor.some((v, i) => !validKeyPart(order, i, v))))
      throw userInputError('"after" is not a cursor of this list.', 'after');
    const inList = this.inList(this.selection(query));
    const want = first + 1;
    const hits: Hit[] = [];
    const afterCursor = (key: (string | number)[]) => compareKeys(key, cursor!) > 0;

    if (order === 'RELEVANCE') {
      const docs = matches.docs!;
      const scores = matches.scores!;
      const { outcomeRank, negYear, ids } = this.d;
      // The RELEVANCE key (-score, outcome_rank, neg_year, practice_id), compared in place.
      const compare = (a: Hit, b: Hit) =>
        b.score - a.score ||
        outcomeRank[a.doc]! - outcomeRank[b.doc]! ||
        negYear[a.doc]! - negYear[b.doc]! ||
        compareC(ids[a.doc]!, ids[b.doc]!);
      const mark = cursor && {
        score: -(cursor[0] as number),
        outcomeRank: cursor[1] as number,
        negYear: cursor[2] as number,
        id: cursor[3] as string,
      };
      const heap = new TopK<Hit>(want, compare);
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        if (!inList(doc)) continue;
        const score = scores[i]!;
        if (
          mark &&
          (mark.score - score ||
            outcomeRank[doc]! - mark.outcomeRank ||
            negYear[doc]! - mark.negYear ||
            compareC(ids[doc]!, mark.id)) <= 0
        )
          continue;
        heap.offer(doc, score);
      }
      return heap.sorted();
    }

    if (order === 'NEWEST') {
      // Documents are numbered in this order: start after the cursor's place.
      let start = 0;
      if (cursor) {
        let lo = 0;
        let hi = this.d.n;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (afterCursor(this.key(order, mid))) hi = mid;
          else lo = mid + 1;
        }
        start = lo;
      }
      const docs = matches.docs;
      if (docs) {
        for (let i = lowerBound(docs, start); i < docs.length && hits.length < want; i += 1)
          if (inList(docs[i]!)) hits.push({ doc: docs[i]!, score: 0 });
      } else {
        for (let doc = start; doc < this.d.n && hits.length < want; doc += 1)
          if (inList(doc)) hits.push({ doc, score: 0 });
      }
      return hits;
    }

    // TITLE: walk the title order from the cursor's place.
    const order_ = this.d.titleOrder;
    let start = 0;
    if (cursor) {
      let lo = 0;
      let hi = order_.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (afterCursor(this.key(order, order_[mid]!))) hi = mid;
        else lo = mid + 1;
      }
      start = lo;
    }
    let member: Uint8Array | null = null;
    if (matches.docs) {
      member = new Uint8Array(this.d.n);
      for (const doc of matches.docs) member[doc] = 1;
    }
    for (let i = start; i < order_.length && hits.length < want; i += 1) {
      const doc = order_[i]!;
      if ((!member || member[doc]) && inList(doc)) hits.push({ doc, score: 0 });
    }
    return hits;
  }
}

function validKeyPart(order: string, i: number, v: unknown): boolean {
  const text =
    (order === 'RELEVANCE' && i === 3) ||
    (order === 'NEWEST' && i >= 3) ||
    (order === 'TITLE' && i <= 1);
  return text ? typeof v === 'string' : typeof v === 'number' && Number.isFinite(v);
}

function compareKeys(
  a: readonly (string | number | null)[],
  b: readonly (string | number | null)[],
) {
  for (let i = 0; i < a.length; i += 1) {
    const c = cmp(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** The k smallest items under `compare`, kept in a binary max-heap. */
class TopK<T> {
  private readonly items: T[] = [];
  constructor(
    private readonly k: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Adds a hit, allocating it only when it enters the k best. */
  offer(this: TopK<Hit>, doc: number, score: number) {
    const h = this.items;
    if (h.length === this.k && this.compare({ doc, score }, h[0]!) >= 0) return;
    this.push({ doc, score });
  }

  push(item: T) {
    const h = this.items;
    if (this.k === 0) return;
    if (h.length < this.k) {
      h.push(item);
      let i = h.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.compare(h[i]!, h[p]!) <= 0) break;
        [h[i], h[p]] = [h[p]!, h[i]!];
        i = p;
      }
      return;
    }
    if (this.compare(item, h[0]!) >= 0) return;
    h[0] = item;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && this.compare(h[l]!, h[m]!) > 0) m = l;
      if (r < h.length && this.compare(h[r]!, h[m]!) > 0) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
  }

  sorted(): T[] {
    return [...this.items].sort(this.compare);
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
