/**
 * The interface's message catalogues: lookup by dotted key, plural forms chosen by the
 * language's own rules (Intl.PluralRules), `{{name}}` and `{{name, number}}` placeholders, a
 * fallback language, catalogues loaded on first use, and a `languageChanged` event.
 *
 * The catalogues keep i18next's JSON format (`key_one`, `key_many`, `key_other`, `key_zero`)
 * and this does what the app used of i18next and react-i18next, in under 1 KB (gzip) instead
 * of 17 KB: the home page's JavaScript has a budget (150 KB), and they were a tenth of it.
 */
export type Catalogue = { [key: string]: string | Catalogue };
export type TranslateOptions = { count?: number } & Record<string, unknown>;
export type TFunction = (key: string, options?: TranslateOptions) => string;
type Listener = (language: string) => void;

export interface TranslatorConfig {
  /** The language shown first; its catalogue starts loading at once if it is not bundled. */
  language: string;
  /** Where a message missing from the current language is taken from; always bundled. */
  fallbackLanguage: string;
  /** Catalogues in the first download. */
  bundled: Record<string, Catalogue>;
  /** Fetches the catalogue of a language that is not bundled. */
  load: (language: string) => Promise<Catalogue>;
}

const cached = <T>(make: (language: string) => T) => {
  const made = new Map<string, T>();
  return (language: string): T => {
    let value = made.get(language);
    if (value === undefined) made.set(language, (value = make(language)));
    return value;
  };
};
const pluralRules = cached((language) => new Intl.PluralRules(language));
const numberFormat = cached((language) => new Intl.NumberFormat(language));

function lookup(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** `{{name}}` with the option's value; `{{name, number}}` as a number in `language`. */
function interpolate(message: string, options: TranslateOptions, language: string): string {
  return message.replace(/\{\{\s*(\w+)\s*(?:,\s*(\w+)\s*)?\}\}/g, (_, name: string, format) => {
    const value = options[name];
    if (value === undefined || value === null) return '';
    if (format === 'number' && typeof value === 'number')
      return numberFormat(language).format(value);
    return String(value);
  });
}

export class Translator {
  #language: string;
  readonly #fallback: string;
  readonly #catalogues = new Map<string, Catalogue>();
  readonly #loading = new Map<string, Promise<void>>();
  readonly #load: TranslatorConfig['load'];
  readonly #listeners = new Set<Listener>();
  /** The latest language asked for: an earlier, slower switch must not win. */
  #requested: string;

  constructor({ language, fallbackLanguage, bundled, load }: TranslatorConfig) {
    for (const [code, catalogue] of Object.entries(bundled)) this.#catalogues.set(code, catalogue);
    this.#fallback = fallbackLanguage;
    this.#load = load;
    // Shown at once; until its catalogue arrives, messages come from the fallback language.
    this.#language = this.#requested = language;
    void this.loadLanguages(language).catch(() => {});
  }

  get language(): string {
    return this.#language;
  }

  /** A message of the current language. */
  t: TFunction = (key, options) => this.getFixedT(this.#language)(key, options);

  /** The messages of one language; the same function for the same language. */
  getFixedT = cached((language: string): TFunction => (key, options = {}) => {
    for (const code of language === this.#fallback ? [language] : [language, this.#fallback]) {
      const message = this.#resolve(code, key, options.count);
      if (message !== undefined) return interpolate(message, options, language);
    }
    return key;
  });

  /** As i18next: `key_zero` for 0 if written, then the count's plural form, then `key`. */
  #resolve(code: string, key: string, count: unknown): string | undefined {
    const catalogue = this.#catalogues.get(code);
    if (typeof count === 'number') {
      const forms = count === 0 ? ['zero'] : [];
      forms.push(pluralRules(code).select(count));
      for (const form of forms) {
        const message = lookup(catalogue, `${key}_${form}`);
        if (message !== undefined) return message;
      }
    }
    return lookup(catalogue, key);
  }

  /** Resolves once the catalogues of `languages` are here (rejects if one cannot be fetched). */
  async loadLanguages(languages: string | readonly string[]): Promise<void> {
    const list = typeof languages === 'string' ? [languages] : languages;
    await Promise.all(list.map((language) => this.#loadOne(language)));
  }

  #loadOne(language: string): Promise<void> {
    if (this.#catalogues.has(language)) return Promise.resolve();
    let loading = this.#loading.get(language);
    if (!loading) {
      loading = this.#load(language).then(
        (catalogue) => {
          this.#catalogues.set(language, catalogue);
          this.#loading.delete(language);
          // The first language's catalogue arrived after it was shown with fallback messages.
          if (language === this.#language) this.#emit();
        },
        (error: unknown) => {
          this.#loading.delete(language); // A later attempt tries again.
          throw error;
        },
      );
      this.#loading.set(language, loading);
    }
    return loading;
  }

  /** Switches once the language's catalogue is here; the `t` of the new language. */
  async changeLanguage(language: string): Promise<TFunction> {
    this.#requested = language;
    await this.loadLanguages(language);
    if (this.#requested === language && this.#language !== language) {
      this.#language = language;
      this.#emit();
    }
    return this.getFixedT(this.#language);
  }

  on(_event: 'languageChanged', listener: Listener): void {
    this.#listeners.add(listener);
  }

  off(_event: 'languageChanged', listener: Listener): void {
    this.#listeners.delete(listener);
  }

  #emit() {
    for (const listener of [...this.#listeners]) listener(this.#language);
  }
}
