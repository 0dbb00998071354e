import en from './locales/en.json';
import { Translator, type Catalogue } from './translator';

/** The programme's four languages; English is bundled, the others load when first chosen. */
export const LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
/**
 * The language of the content: practices, results, names. The programme publishes them in
 * English and the database records no language per text, so they stay English whatever the
 * interface language; elements showing them carry `lang={CONTENT_LANGUAGE}` so that screen
 * readers pronounce them (and browsers hyphenate them) as English.
 */
export const CONTENT_LANGUAGE = 'en';
/** The address parameter that keeps the interface language (`/practices?q=…&lang=fr`). */
export const LANG_PARAM = 'lang';

/** Each language's name in itself, for the switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  de: 'Deutsch',
};

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language an address names, if it names a supported one. */
export function languageInAddress(search: string): Language | null {
  const raw = new URLSearchParams(search).get(LANG_PARAM)?.trim().toLowerCase();
  return isLanguage(raw) ? raw : null;
}

/** The first supported language among the browser's preferences (`fr-CA` counts as `fr`). */
export function browserLanguage(preferences: readonly string[] = navigatorLanguages()): Language {
  for (const tag of preferences) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function navigatorLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}

/** Vite splits each catalogue into its own chunk, fetched only when that language is used. */
const catalogues = import.meta.glob<{ default: Catalogue }>([
  './locales/*.json',
  '!./locales/en.json',
]);

async function loadCatalogue(language: string): Promise<Catalogue> {
  const load = catalogues[`./locales/${language}.json`];
  if (!load) throw new Error(`No catalogue for the language "${language}"`);
  return (await load()).default;
}

/**
 * True once the visitor picked a language (switcher or address): from then on every address
 * carries it, so a shared link opens in the same language.
 */
let chosen = false;
export function languageWasChosen(): boolean {
  return chosen;
}
export function markLanguageChosen() {
  chosen = true;
}

function initialLanguage(): Language {
  if (typeof window === 'undefined') return DEFAULT_LANGUAGE;
  const fromAddress = languageInAddress(window.location.search);
  if (fromAddress) {
    chosen = true;
    return fromAddress;
  }
  return browserLanguage();
}

export const i18n = new Translator({
  language: initialLanguage(),
  fallbackLanguage: DEFAULT_LANGUAGE,
  bundled: { [DEFAULT_LANGUAGE]: en },
  load: loadCatalogue,
});

function syncDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

/**
 * Resolves when the current language's catalogue is here (English: at once), or could not be
 * fetched (then the interface shows English until another choice).
 */
export function i18nReady(): Promise<void> {
  return i18n.loadLanguages(i18n.language).catch(() => {});
}

/** The language the interface is shown in now. */
export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
