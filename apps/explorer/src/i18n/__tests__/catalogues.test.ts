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

    it(`${language}: has every plural form its language needs for whole numbers`, () => {
      const forms = new Set(
        keys(catalogue)
          .filter((k) => /_(one|other)$/.test(k))
          .map(base),
      );
      for (const key of forms) {
        for (const n of [0, 1, 2, 5, 21]) {
          const category = new Intl.PluralRules(language).select(n);
          expect(leaf(catalogue, `${key}_${category}`), `${key}_${category}`).toBeDefined();
        }
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
