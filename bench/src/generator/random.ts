/**
 * A small, fast, seedable random source: the same seed gives the same dataset, so that two
 * benchmark runs at the same size measure the same data.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 to spread the seed over the state of sfc32.
    let s = seed >>> 0;
    const next = () => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** A uniform 32-bit unsigned integer (sfc32). */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A version-4 UUID drawn from this source (crypto.randomUUID cannot be seeded). */
  uuid(): string {
    const hex = (n: number) => n.toString(16).padStart(8, '0');
    const a = hex(this.uint32());
    const b = hex(((this.uint32() & 0xffff0fff) | 0x00004000) >>> 0);
    const c = hex(((this.uint32() & 0x3fffffff) | 0x80000000) >>> 0);
    const d = hex(this.uint32());
    return `${a}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

/** Draws indexes 0..n-1 with probability proportional to fixed weights (binary search, O(log n)). */
export class WeightedSampler {
  private readonly cumulative: Float64Array;

  constructor(weights: readonly number[]) {
    if (!weights.length) throw new Error('A sampler needs at least one weight.');
    this.cumulative = new Float64Array(weights.length);
    let total = 0;
    weights.forEach((w, i) => {
      total += Math.max(0, w);
      this.cumulative[i] = total;
    });
    if (total <= 0) throw new Error('A sampler needs a positive weight.');
  }

  get size(): number {
    return this.cumulative.length;
  }

  index(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** Zipf weights 1/rank^s: a few items drawn very often, a long tail drawn rarely. */
export function zipfWeights(n: number, s = 1): number[] {
  return Array.from({ length: n }, (_, i) => 1 / Math.pow(i + 1, s));
}

/** A sampler over items with Zipf-distributed popularity, in the given order of rank. */
export class ZipfPicker<T> {
  private readonly sampler: WeightedSampler;

  constructor(
    private readonly items: readonly T[],
    exponent = 1,
  ) {
    this.sampler = new WeightedSampler(zipfWeights(items.length, exponent));
  }

  pick(rng: Rng): T {
    return this.items[this.sampler.index(rng)]!;
  }
}

/** Splits `total` into parts proportional to `weights`, exact sum, each at least `min`. */
export function apportion(total: number, weights: readonly number[], min = 0): number[] {
  const n = weights.length;
  const rest = total - min * n;
  if (rest < 0) throw new Error(`Cannot give ${n} parts at least ${min} each out of ${total}.`);
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / sum) * rest);
  const parts = exact.map((x) => Math.floor(x));
  let left = rest - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0]);
  for (const [, i] of byRemainder) {
    if (left <= 0) break;
    parts[i]! += 1;
    left -= 1;
  }
  return parts.map((p) => p + min);
}
