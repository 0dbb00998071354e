import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

/** The programme's four languages; English is bundled, the others load when first chosen. */
export const LANGUAGES = ['en', 'fr', 'es', 'de'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'en';
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
const catalogues = import.meta.glob<{ default: ResourceKey }>([
  './locales/*.json',
  '!./locales/en.json',
]);

const lazyCatalogues: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    const load = catalogues[`./locales/${language}.json`];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

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

export const i18n = i18next.createInstance();

void i18n
  .use(lazyCatalogues)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    resources: { en: { translation: en } },
    partialBundledLanguages: true,
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes what it renders.
    returnNull: false,
    react: { useSuspense: false },
  });

function syncDocument(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
syncDocument(i18n.language);
i18n.on('languageChanged', syncDocument);

/** Resolves when the current language's catalogue is loaded (English: at once). */
export function i18nReady(): Promise<unknown> {
  return i18n.loadLanguages(i18n.language);
}

/** The language the interface is shown in now. */
export function currentLanguage(): Language {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(lng) ? lng : DEFAULT_LANGUAGE;
}
