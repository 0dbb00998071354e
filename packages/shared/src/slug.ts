import slugifyLib from '@sindresorhus/slugify';

/**
 * The public slug of a name: lower-case kebab-case ASCII. Apostrophes vanish rather than split
 * a word ("Workers’ Compensation" → "workers-compensation"); camel case is kept as one word.
 */
export function slugify(name: string): string {
  return slugifyLib(name.replace(/['’‘`]/g, ''), { decamelize: false });
}

/** The first free slug for `name`, adding -2, -3, … where `taken` already holds it. */
export function uniqueSlug(name: string, taken: (slug: string) => boolean): string {
  const base = slugify(name) || 'untitled';
  if (!taken(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
