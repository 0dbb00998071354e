import { LRUCache } from 'lru-cache';
import { OUTCOME_LABELS, OUTCOMES, REGIONS, type Outcome, type Region } from '@gpa/shared';
import { decodeCursor } from '../../../graphql/connection.js';
import { userInputError } from '../../../graphql/errors.js';
import { labelRanks, regionFacetLabel } from '../facet-order.js';
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
  /**
   * A frequent word's postings (indexes into docs) in the RELEVANCE order of a search for that
   * word alone, so that its first page is read from the top instead of ranking every match.
   */
  byRelevance?: Uint32Array;
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

/**
 * A one-word search's score by its posting's info byte, as score() computes it: the word's
 * contribution, plus the title bonus when its best weight is the title's (A), since the title
 * then matches the whole query.
 */
const ONE_WORD_SCORE = Float64Array.from({ length: 256 }, (_, x) =>
  roundScore(CONTRIBUTION[x]! + ((x & 3) === 0 ? TITLE_BONUS : 0)),
);
/** Each info byte's place among the distinct one-word scores, highest first. */
const ONE_WORD_RANK = (() => {
  const distinct = [...new Set(ONE_WORD_SCORE)].sort((a, b) => b - a);
  return Uint8Array.from(ONE_WORD_SCORE, (score) => distinct.indexOf(score));
})();

/**
 * Words in at least this many practices (and this share of them) keep their relevance order:
 * below it, ranking every match costs less than the order's memory is worth.
 */
export const RELEVANCE_ORDER_MIN = { count: 1000, share: 0.01 };
/** A document's outcome index when it has none (entries of competitions without results). */
const NO_OUTCOME = OUTCOMES.length;

/** The regions and outcomes as facet values, and their places in label order. */
const REGION_VALUES: Label[] = REGIONS.map((r) => ({
  id: r,
  value: r,
  label: regionFacetLabel(r),
}));
const REGION_RANKS = labelRanks(REGION_VALUES);
const OUTCOME_VALUES: Label[] = OUTCOMES.map((o) => ({
  id: o,
  value: o,
  label: OUTCOME_LABELS[o],
}));
const OUTCOME_RANKS = labelRanks(OUTCOME_VALUES);

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

/** Distinct tuples of value indexes, numbered in the order they are first seen. */
class Tuples {
  private readonly numbers = new Map<string, number>();
  readonly values: number[][] = [];

  idOf(tuple: number[]): number {
    const key = tuple.join(',');
    let id = this.numbers.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.numbers.set(key, id);
      this.values.push(tuple);
    }
    return id;
  }
}

/** Collects rows in order, then freezes them into a snapshot. */
export class SnapshotBuilder {
  private n = 0;
  private readonly ids: string[] = [];
  private readonly negYear: number[] = [];
  private readonly outcomeRank: number[] = [];
  private readonly pos: number[] = [];
  private readonly titleKey: string[] = [];
  /** Per document, its place (region, country, institution) and kind (see SnapshotData). */
  private readonly place: number[] = [];
  private readonly kind: number[] = [];
  private readonly places = new Tuples();
  /** (set of priority areas, outcome, year) */
  private readonly kinds = new Tuples();
  /** The distinct sets of priority areas, by their indexes joined ("3,7"): a few hundred. */
  private readonly areaSets = new Map<string, number>();
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
    /** Which words get a relevance order (RELEVANCE_ORDER_MIN; tests lower it). */
    private readonly orderMin = RELEVANCE_ORDER_MIN,
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
    // A value without a label (none can be, short of a bug) gets the index after the last one.
    this.place.push(
      this.places.idOf([
        REGIONS.indexOf(row.region),
        this.countryIdx.get(row.country_id) ?? this.countries.length,
        this.institutionIdx.get(row.institution_id) ?? this.institutions.length,
      ]),
    );
    const areas = [...new Set(row.area_ids.flatMap((area) => this.areaIdx.get(area) ?? []))].sort(
      (a, b) => a - b,
    );
    const key = areas.join(',');
    let set = this.areaSets.get(key);
    if (set === undefined) this.areaSets.set(key, (set = this.areaSets.size));
    this.kind.push(
      this.kinds.idOf([set, row.outcome ? OUTCOMES.indexOf(row.outcome) : NO_OUTCOME, row.year]),
    );
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

  /** Each document's place in the order that breaks RELEVANCE's ties (outcome, year, id). */
  private tieRank(outcomeRank: Int32Array, negYear: Int32Array): Uint32Array {
    const ids = this.ids;
    const order = Uint32Array.from({ length: this.n }, (_, doc) => doc).sort(
      (a, b) =>
        outcomeRank[a]! - outcomeRank[b]! ||
        negYear[a]! - negYear[b]! ||
        compareC(ids[a]!, ids[b]!),
    );
    return rankOf(order, this.n);
  }

  /** `titleOrder`: the documents in the TITLE order (title_key COLLATE "C", practice_id). */
  finish(titleOrderIds: string[]): SearchSnapshot {
    const docOf = new Map(this.ids.map((id, doc) => [id, doc]));
    const titleOrder = Uint32Array.from(
      titleOrderIds.map((id) => docOf.get(id)).filter((d): d is number => d !== undefined),
    );
    const outcomeRank = Int32Array.from(this.outcomeRank);
    const negYear = Int32Array.from(this.negYear);
    // Sorted only when some word is frequent enough to keep an order (never on small data).
    let tieRank: Uint32Array | undefined;
    const minDocs = Math.max(this.orderMin.count, this.orderMin.share * this.n);
    const postings = new Map<string, Postings>();
    for (const [lexeme, p] of this.postings) {
      const entry: Postings = { docs: Uint32Array.from(p.docs), info: Uint8Array.from(p.info) };
      if (entry.docs.length >= minDocs) {
        tieRank ??= this.tieRank(outcomeRank, negYear);
        entry.byRelevance = relevanceOrder(entry, tieRank);
      }
      postings.set(lexeme, entry);
    }
    const years = new Set(this.kinds.values.map((k) => k[2]!));
    const yearMin = years.size ? Math.min(...years) : 0;
    const titlePostings = new Map<string, Uint32Array>();
    for (const [lexeme, docs] of this.titlePostings)
      titlePostings.set(lexeme, Uint32Array.from(docs));
    return new SearchSnapshot({
      version: this.version,
      n: this.n,
      ids: this.ids,
      docOf,
      negYear,
      outcomeRank,
      pos: Int32Array.from(this.pos),
      titleKey: this.titleKey,
      place: Uint32Array.from(this.place),
      kind: Uint32Array.from(this.kind),
      placeRegion: Uint8Array.from(this.places.values, (p) => p[0]!),
      placeCountry: Uint32Array.from(this.places.values, (p) => p[1]!),
      placeInstitution: Uint32Array.from(this.places.values, (p) => p[2]!),
      kindAreaSet: Uint32Array.from(this.kinds.values, (k) => k[0]!),
      kindOutcome: Uint8Array.from(this.kinds.values, (k) => k[1]!),
      kindYear: Uint16Array.from(this.kinds.values, (k) => k[2]! - yearMin),
      yearMin,
      yearSpan: years.size ? Math.max(...years) - yearMin + 1 : 0,
      areaSets: [...this.areaSets.keys()].map((key) =>
        key ? Uint32Array.from(key.split(','), Number) : new Uint32Array(0),
      ),
      titleOrder,
      titleRank: rankOf(titleOrder, this.n),
      postings,
      titlePostings,
      countries: this.countries,
      institutions: this.institutions,
      areas: this.areas,
      labelRanks: {
        countries: labelRanks(this.countries),
        institutions: labelRanks(this.institutions),
        areas: labelRanks(this.areas),
      },
    });
  }
}

/**
 * A one-word search's postings in its RELEVANCE order: by score (highest first), then by the
 * document's place in the order of equal scores (tieRank). Sorted as numbers: each posting's
 * key is (score rank · n + tie rank) · df + posting index, exact in a double while
 * 256 · n² < 2⁵³ (n up to 5.9 million practices; beyond, no order is kept).
 */
function relevanceOrder({ docs, info }: Postings, tieRank: Uint32Array): Uint32Array | undefined {
  const n = tieRank.length;
  const df = docs.length;
  if (256 * n * n >= Number.MAX_SAFE_INTEGER) return undefined;
  const keys = new Float64Array(df);
  for (let j = 0; j < df; j += 1)
    keys[j] = (ONE_WORD_RANK[info[j]!]! * n + tieRank[docs[j]!]!) * df + j;
  keys.sort();
  return Uint32Array.from(keys, (key) => key % df);
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
  /**
   * Per document, its place: the distinct (region, country, institution) it has, numbered; and
   * its kind: the distinct (set of priority areas, outcome, year). A few thousand of each,
   * against a million documents: facets are counted per place and per kind, two counters a
   * document, and spread over the six facets' values afterwards.
   */
  place: Uint32Array;
  kind: Uint32Array;
  /**
   * Per place and per kind, the index of its value in each facet's list (REGIONS, countries,
   * institutions; areaSets, OUTCOMES or NO_OUTCOME, years from yearMin).
   */
  placeRegion: Uint8Array;
  placeCountry: Uint32Array;
  placeInstitution: Uint32Array;
  kindAreaSet: Uint32Array;
  kindOutcome: Uint8Array;
  kindYear: Uint16Array;
  /** The first year and the number of years from it to the last, for dense year counts. */
  yearMin: number;
  yearSpan: number;
  /** The sets of priority areas documents have (area indexes), a few hundred. */
  areaSets: Uint32Array[];
  titleOrder: Uint32Array;
  titleRank: Uint32Array;
  postings: Map<string, Postings>;
  titlePostings: Map<string, Uint32Array>;
  countries: Label[];
  institutions: Label[];
  areas: Label[];
  /** Each label's place in label order, for the facets' display order (facet-order.ts). */
  labelRanks: Record<'countries' | 'institutions' | 'areas', Uint32Array>;
}

/**
 * A list's selection as the facets each place and each kind fails, as bits: a place's bits 0–2
 * are regions, countries and institutions, a kind's are priority areas, outcomes and years;
 * all 0 where there is no selection. A document is in the list when its place's bits and its
 * kind's are all 0: two table reads, no branch per facet.
 */
interface Selection {
  place: Uint8Array;
  kind: Uint8Array;
}

/** The documents a text query matches (ascending), with their relevance; all documents when null. */
export interface Matches {
  docs: Uint32Array | null;
  /** Relevance per match; null without text, or for one word (its postings give it). */
  scores: Float64Array | null;
  /** A search for one word: its postings, which are the matches (docs). */
  word?: Postings;
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
   * The matches of a query tree with their relevance. One word (most searches): the matches are
   * its posting list, and each one's score is read off its info byte when needed.
   */
  matches(q: TsQuery, lexemes: Set<string>, docs: Uint32Array): Matches {
    if (q.kind === 'term' && lexemes.size === 1 && lexemes.has(q.lexeme)) {
      const word = this.d.postings.get(q.lexeme);
      if (word && word.docs === docs) return { docs, scores: null, word };
    }
    return { docs, scores: this.score(q, lexemes, docs) };
  }

  /**
   * Relevance of each matched document: the title bonus when the title alone matches the whole
   * query, plus, for each word of the query, its best weight and a little for repeats.
   */
  score(q: TsQuery, lexemes: Set<string>, docs: Uint32Array): Float64Array {
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
   * The selections of the filters asked about lately: a request's page and facets share one,
   * and the next searches with the same filter (any text) reuse it instead of rebuilding its
   * tables over every place and kind.
   */
  private readonly selections = new LRUCache<string, Selection>({ max: 64 });

  private selection(query: PracticeQuery): Selection {
    const key = JSON.stringify([
      query.regions,
      query.countryCodes,
      query.institutionSlugs,
      query.priorityAreaSlugs,
      query.outcomes,
      query.years,
    ]);
    let selection = this.selections.get(key);
    if (!selection) this.selections.set(key, (selection = this.selectionOf(query)));
    return selection;
  }

  private selectionOf(query: PracticeQuery): Selection {
    const d = this.d;
    /** Per value index, 1 for the values not selected; all 0 without a selection. */
    const fails = (size: number, selected: number[] | null) => {
      const t = new Uint8Array(size);
      if (!selected) return t;
      t.fill(1);
      for (const i of selected) if (i >= 0 && i < size) t[i] = 0;
      return t;
    };
    const byValue = (labels: Label[], values: string[]) => {
      if (!values.length) return null;
      const wanted = new Set(values);
      return labels.flatMap((l, i) => (wanted.has(l.value) ? [i] : []));
    };
    const areas = byValue(d.areas, query.priorityAreaSlugs);
    const chosen = new Set(areas);
    const regions = fails(
      REGIONS.length,
      query.regions.length ? query.regions.map((r) => REGIONS.indexOf(r)) : null,
    );
    // Sized for the index of a value without a label, which fails every selection.
    const countries = fails(d.countries.length + 1, byValue(d.countries, query.countryCodes));
    const institutions = fails(
      d.institutions.length + 1,
      byValue(d.institutions, query.institutionSlugs),
    );
    const areaSets = Uint8Array.from(d.areaSets, (set) =>
      !areas || set.some((a) => chosen.has(a)) ? 0 : 1,
    );
    const outcomes = fails(
      OUTCOMES.length + 1,
      query.outcomes.length ? query.outcomes.map((o) => OUTCOMES.indexOf(o)) : null,
    );
    const years = fails(
      d.yearSpan,
      query.years.length
        ? query.years.filter((y) => Number.isInteger(y)).map((y) => y - d.yearMin)
        : null,
    );
    // Plain loops: these tables are rebuilt for every query, over thousands of places and kinds.
    const place = new Uint8Array(d.placeRegion.length);
    for (let p = 0; p < place.length; p += 1)
      place[p] =
        regions[d.placeRegion[p]!]! |
        (countries[d.placeCountry[p]!]! << 1) |
        (institutions[d.placeInstitution[p]!]! << 2);
    const kind = new Uint8Array(d.kindAreaSet.length);
    for (let k = 0; k < kind.length; k += 1)
      kind[k] =
        areaSets[d.kindAreaSet[k]!]! |
        (outcomes[d.kindOutcome[k]!]! << 1) |
        (years[d.kindYear[k]!]! << 2);
    return { place, kind };
  }

  /** Whether a document passes every selected facet. */
  private inList(selection: Selection): (doc: number) => boolean {
    const { place, kind } = this.d;
    const { place: placeFails, kind: kindFails } = selection;
    return (doc) => (placeFails[place[doc]!]! | kindFails[kind[doc]!]!) === 0;
  }

  /**
   * All six facets over the matches, each with every other facet's selection applied: a
   * document counts for a facet when it fails no other facet's selection. The matches are
   * counted per place (those passing every kind's selection) and per kind (those passing
   * every place's selection), then each place's count is added to its region, country and
   * institution where the place passes the other two, and each kind's likewise.
   */
  facets(query: PracticeQuery, matches: Matches): FacetCount[] {
    const d = this.d;
    const selection = this.selection(query);
    const perPlace = new Int32Array(d.placeRegion.length);
    const perKind = new Int32Array(d.kindAreaSet.length);
    countByClass(d, matches.docs, selection, perPlace, perKind);

    const regions = new Int32Array(REGIONS.length);
    const countries = new Int32Array(d.countries.length + 1);
    const institutions = new Int32Array(d.institutions.length + 1);
    spread(perPlace, selection.place, [
      [d.placeRegion, regions],
      [d.placeCountry, countries],
      [d.placeInstitution, institutions],
    ]);
    // Per set of priority areas first: a set adds its count to each of its areas.
    const sets = new Int32Array(d.areaSets.length);
    const outcomes = new Int32Array(OUTCOMES.length + 1);
    const years = new Int32Array(d.yearSpan);
    spread(perKind, selection.kind, [
      [d.kindAreaSet, sets],
      [d.kindOutcome, outcomes],
      [d.kindYear, years],
    ]);
    const areas = new Int32Array(d.areas.length);
    sets.forEach((n, set) => {
      if (n > 0) for (const area of d.areaSets[set]!) areas[area]! += n;
    });

    // In display order (compareFacetValues), equal counts ordered by label ranks kept for it.
    const out: FacetCount[] = [];
    const push = (
      facet: Facet,
      labels: readonly Label[],
      counts: Int32Array,
      rank: Uint32Array,
    ) => {
      const found: number[] = [];
      for (let i = 0; i < labels.length; i += 1) if (counts[i]! > 0) found.push(i);
      found.sort((i, j) => counts[j]! - counts[i]! || rank[i]! - rank[j]!);
      for (const i of found)
        out.push({ facet, value: labels[i]!.value, label: labels[i]!.label, count: counts[i]! });
    };
    push('regions', REGION_VALUES, regions, REGION_RANKS);
    push('countries', d.countries, countries, d.labelRanks.countries);
    push('institutions', d.institutions, institutions, d.labelRanks.institutions);
    push('priorityAreas', d.areas, areas, d.labelRanks.areas);
    push('outcomes', OUTCOME_VALUES, outcomes, OUTCOME_RANKS);
    for (let i = years.length - 1; i >= 0; i -= 1) {
      const year = String(d.yearMin + i);
      if (years[i]! > 0) out.push({ facet: 'years', value: year, label: year, count: years[i]! });
    }
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
      const { scores, word } = matches;
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
      /** Whether a match comes after the cursor. */
      const afterMark = (doc: number, score: number) =>
        !mark ||
        (mark.score - score ||
          outcomeRank[doc]! - mark.outcomeRank ||
          negYear[doc]! - mark.negYear ||
          compareC(ids[doc]!, mark.id)) > 0;
      // A frequent word alone: its postings in this order, read from the cursor's place on.
      const ordered = word?.byRelevance;
      if (word && ordered) {
        let lo = 0;
        let hi = ordered.length;
        while (mark && lo < hi) {
          const mid = (lo + hi) >>> 1;
          const j = ordered[mid]!;
          if (afterMark(word.docs[j]!, ONE_WORD_SCORE[word.info[j]!]!)) hi = mid;
          else lo = mid + 1;
        }
        for (let k = lo; k < ordered.length && hits.length < want; k += 1) {
          const doc = word.docs[ordered[k]!]!;
          if (inList(doc)) hits.push({ doc, score: ONE_WORD_SCORE[word.info[ordered[k]!]!]! });
        }
        return hits;
      }
      const heap = new TopK<Hit>(want, compare);
      for (let i = 0; i < docs.length; i += 1) {
        const doc = docs[i]!;
        if (!inList(doc)) continue;
        const score = scores ? scores[i]! : ONE_WORD_SCORE[word!.info[i]!]!;
        if (afterMark(doc, score)) heap.offer(doc, score);
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

/**
 * Counts the documents (all when null) per place, those that fail no kind's selection, and per
 * kind, those that fail no place's selection. Branch-free per document, each count incremented
 * by 0 or 1, and written as one plain loop over locals: V8 keeps it tight.
 */
function countByClass(
  d: Pick<SnapshotData, 'n' | 'place' | 'kind'>,
  docs: Uint32Array | null,
  selection: Selection,
  perPlace: Int32Array,
  perKind: Int32Array,
) {
  const { place, kind } = d;
  const { place: placeFails, kind: kindFails } = selection;
  const total = docs ? docs.length : d.n;
  for (let i = 0; i < total; i += 1) {
    const doc = docs ? docs[i]! : i;
    const p = place[doc]!;
    const k = kind[doc]!;
    // (m - 1) >>> 31 is 1 when m is 0, else 0 (m is never negative).
    perPlace[p]! += (kindFails[k]! - 1) >>> 31;
    perKind[k]! += (placeFails[p]! - 1) >>> 31;
  }
}

/** A facet's value per class and its counts. */
type Facet3 = [values: ArrayLike<number>, counts: Int32Array];

/**
 * Adds each place's (or kind's) count to its value in each of its three facets, where it passes
 * the selections of the other two (its fail bits, in the facets' order).
 */
function spread(perClass: Int32Array, fails: Uint8Array, facets: [Facet3, Facet3, Facet3]) {
  const [[values0, counts0], [values1, counts1], [values2, counts2]] = facets;
  // Unrolled: a closure per class costs more than the adding, over thousands of kinds.
  for (let c = 0; c < perClass.length; c += 1) {
    const n = perClass[c]!;
    if (n === 0) continue;
    const f = fails[c]!;
    if ((f & 0b110) === 0) counts0[values0[c]!]! += n;
    if ((f & 0b101) === 0) counts1[values1[c]!]! += n;
    if ((f & 0b011) === 0) counts2[values2[c]!]! += n;
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
