/** Set operations on ascending arrays of document numbers (posting lists). */

const EMPTY = new Uint32Array(0);

/** The first index in `a` at or after `from` whose value is ≥ x (galloping, then binary search). */
function seek(a: Uint32Array, x: number, from: number): number {
  let step = 1;
  let hi = from;
  while (hi < a.length && a[hi]! < x) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, a.length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (a[mid]! < x) from = mid + 1;
    else hi = mid;
  }
  return from;
}

export function intersect(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (a.length > b.length) [a, b] = [b, a];
  if (a.length === 0) return EMPTY;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i += 1) {
    const x = a[i]!;
    j = seek(b, x, j);
    if (b[j] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

export function union(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out[n++] = x;
      i += 1;
    } else if (y < x) {
      out[n++] = y;
      j += 1;
    } else {
      out[n++] = x;
      i += 1;
      j += 1;
    }
  }
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out.subarray(0, n);
}

/** a without b. */
export function difference(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    j = seek(b, x, j);
    if (b[j] !== x) out[n++] = x;
  }
  return out.subarray(0, n);
}

/** 0 … size-1 without b. */
export function complement(size: number, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(size - b.length);
  let n = 0;
  let j = 0;
  for (let x = 0; x < size; x += 1) {
    if (j < b.length && b[j] === x) j += 1;
    else out[n++] = x;
  }
  return out.subarray(0, n);
}

/** The first index in `a` whose value is ≥ x. */
export function lowerBound(a: Uint32Array, x: number): number {
  return seek(a, x, 0);
}
