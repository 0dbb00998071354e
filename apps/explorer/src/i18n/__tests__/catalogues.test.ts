import { describe, expect, it } from 'vitest';
import de from '../locales/de.json';
import en from '../locales/en.json';
import es from '../locales/es.json';
import fr from '../locales/fr.json';
import { browserLanguage, languageInAddress, LANGUAGES } from '../i18n';

type Tree = { [key: string]: string | Tree };

/** Every leaf key as a dotted path; plural suffixes (_one, _other…) folded into their base. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`),
  );
}
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
function leaf(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const catalogues: Record<string, Tree> = { en, fr, es, de };

describe('the message catalogues', () => {
  it('cover the four languages of the programme', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...LANGUAGES].sort());
  });

  const english = new Set(keys(en).map(base));
  for (const [language, catalogue] of Object.entries(catalogues)) {
    it(`${language}: has every key of the English catalogue and no other`, () => {
      const own = new Set(keys(catalogue).map(base));
      expect([...english].filter((k) => !own.has(k))).toEqual([]);
      expect([...own].filter((k) => !english.has(k))).toEqual([]);
    });

    it(`${language}: has each plural message in every form its language's rules use, and no other`, () => {
      // fr and es have a `many` form (1 000 000 de pratiques) that whole numbers below a
      // million never show, so a check that only tries small counts would not see it missing.
      const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      const plural = /_(zero|one|two|few|many|other)$/;
      const forms = new Map<string, string[]>();
      for (const key of keys(catalogue).filter((k) => plural.test(k))) {
        forms.set(base(key), [...(forms.get(base(key)) ?? []), plural.exec(key)![1]!]);
      }
      expect(forms.size).toBeGreaterThan(0);
      for (const [key, written] of forms) {
        // `_zero` is i18next's optional override for a count of 0, allowed in any language.
        expect(written.filter((f) => f !== 'zero').sort(), key).toEqual([...categories].sort());
      }
    });

    it(`${language}: keeps the placeholders of each English message`, () => {
      for (const key of keys(en)) {
        const mine = leaf(catalogue, key) ?? leaf(catalogue, `${base(key)}_other`);
        expect(mine, key).toBeDefined();
        expect(placeholders(mine!), key).toEqual(placeholders(leaf(en, key)!));
      }
    });
  }
});

describe('choosing the language', () => {
  it('takes a supported language from the address, ignoring others', () => {
    expect(languageInAddress('?q=mobile&lang=fr')).toBe('fr');
    expect(languageInAddress('?lang=DE')).toBe('de');
    expect(languageInAddress('?lang=it')).toBeNull();
    expect(languageInAddress('')).toBeNull();
  });

  it("follows the browser's first supported preference, English otherwise", () => {
    expect(browserLanguage(['it-IT', 'es-MX', 'en'])).toBe('es');
    expect(browserLanguage(['fr-CA'])).toBe('fr');
    expect(browserLanguage(['ja'])).toBe('en');
  });
});
