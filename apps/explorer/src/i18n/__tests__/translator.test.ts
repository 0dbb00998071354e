import { describe, expect, it, vi } from 'vitest';
import { Translator, type Catalogue } from '../translator';

const en: Catalogue = {
  home: {
    title: 'Good practices',
    found_one: '{{count, number}} practice found',
    found_other: '{{count, number}} practices found',
    found_zero: 'No practice found',
    greeting: 'Hello {{name}}, from {{place}}',
  },
  onlyInEnglish: 'Only in English',
};
const fr: Catalogue = {
  home: {
    title: 'Bonnes pratiques',
    found_one: '{{count, number}} pratique trouvée',
    found_many: '{{count, number}} de pratiques trouvées',
    found_other: '{{count, number}} pratiques trouvées',
  },
};

/** A catalogue source whose answers the test releases, one language at a time. */
function deferredLoads(catalogues: Record<string, Catalogue>) {
  const waiting = new Map<string, { resolve: () => void; reject: (e: Error) => void }>();
  const load = vi.fn(
    (language: string) =>
      new Promise<Catalogue>((resolve, reject) => {
        waiting.set(language, {
          resolve: () => resolve(catalogues[language]!),
          reject,
        });
      }),
  );
  const release = async (language: string) => {
    waiting.get(language)!.resolve();
    await new Promise((r) => setTimeout(r, 0));
  };
  const fail = async (language: string) => {
    waiting.get(language)!.reject(new Error('offline'));
    await new Promise((r) => setTimeout(r, 0));
  };
  return { load, release, fail };
}

const make = (language = 'en', load = async (l: string) => ({ fr })[l]!) =>
  new Translator({ language, fallbackLanguage: 'en', bundled: { en }, load });

describe('the translator', () => {
  it('looks messages up by dotted key and fills their placeholders', () => {
    const i18n = make();
    expect(i18n.t('home.title')).toBe('Good practices');
    expect(i18n.t('home.greeting', { name: 'Ana', place: 'Lima' })).toBe('Hello Ana, from Lima');
    // A missing value leaves nothing behind; a missing message shows its key.
    expect(i18n.t('home.greeting', { name: 'Ana' })).toBe('Hello Ana, from ');
    expect(i18n.t('home.nothing')).toBe('home.nothing');
    expect(i18n.t('home')).toBe('home');
  });

  it("chooses the plural form by the language's own rules, with the count as a local number", async () => {
    const i18n = make();
    expect(i18n.t('home.found', { count: 1 })).toBe('1 practice found');
    expect(i18n.t('home.found', { count: 1234 })).toBe('1,234 practices found');
    expect(i18n.t('home.found', { count: 0 })).toBe('No practice found');
    await i18n.changeLanguage('fr');
    // French: 0 and 1 are singular, a million takes "de".
    expect(i18n.t('home.found', { count: 0 })).toBe('0 pratique trouvée');
    expect(i18n.t('home.found', { count: 2 })).toBe('2 pratiques trouvées');
    expect(i18n.t('home.found', { count: 1_000_000 })).toBe(
      '1\u202f000\u202f000 de pratiques trouvées',
    );
  });

  it('takes a message missing from the language from English, numbers still in the language', async () => {
    const i18n = make();
    await i18n.changeLanguage('fr');
    expect(i18n.t('onlyInEnglish')).toBe('Only in English');
    expect(i18n.t('home.greeting', { name: 'Zoé', place: 'Lyon' })).toBe('Hello Zoé, from Lyon');
    expect(i18n.getFixedT('en')('home.title')).toBe('Good practices');
  });

  it('switches once the catalogue is here, tells listeners, and gives the same t per language', async () => {
    const { load, release } = deferredLoads({ fr });
    const i18n = make('en', load);
    const changes: string[] = [];
    i18n.on('languageChanged', (l) => changes.push(l));
    const englishT = i18n.getFixedT('en');
    const switching = i18n.changeLanguage('fr');
    expect(i18n.language).toBe('en');
    expect(changes).toEqual([]);
    await release('fr');
    const t = await switching;
    expect(i18n.language).toBe('fr');
    expect(changes).toEqual(['fr']);
    expect(t('home.title')).toBe('Bonnes pratiques');
    expect(i18n.getFixedT('fr')).toBe(t);
    expect(i18n.getFixedT('en')).toBe(englishT);
    // Already loaded: no second fetch.
    await i18n.changeLanguage('en');
    await i18n.changeLanguage('fr');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('lets the latest choice win when an earlier one arrives later', async () => {
    const { load, release } = deferredLoads({ fr, de: { home: { title: 'Gute Praktiken' } } });
    const i18n = make('en', load);
    const toFrench = i18n.changeLanguage('fr');
    const toGerman = i18n.changeLanguage('de');
    await release('de');
    await toGerman;
    await release('fr');
    await toFrench;
    expect(i18n.language).toBe('de');
    expect(i18n.t('home.title')).toBe('Gute Praktiken');
  });

  it('keeps the language when a catalogue cannot be fetched, and tries again next time', async () => {
    const { load, release, fail } = deferredLoads({ fr });
    const i18n = make('en', load);
    const first = expect(i18n.changeLanguage('fr')).rejects.toThrow('offline');
    await fail('fr');
    await first;
    expect(i18n.language).toBe('en');
    const second = i18n.changeLanguage('fr');
    await release('fr');
    await second;
    expect(i18n.language).toBe('fr');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('starts in a language still on its way with English messages, then re-renders in it', async () => {
    const { load, release } = deferredLoads({ fr });
    const i18n = make('fr', load);
    const changes: string[] = [];
    i18n.on('languageChanged', (l) => changes.push(l));
    expect(i18n.language).toBe('fr');
    expect(i18n.t('home.title')).toBe('Good practices');
    await release('fr');
    expect(changes).toEqual(['fr']);
    expect(i18n.t('home.title')).toBe('Bonnes pratiques');
  });
});
