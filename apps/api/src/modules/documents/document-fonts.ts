import { createRequire } from 'node:module';

/**
 * The documents' fonts, bundled from the installed @fontsource packages so that neither a
 * reader's browser nor the PDF renderer ever fetches a font from outside this server. Latin,
 * Latin Extended and Vietnamese cover the diacritics of institution and country names and the
 * typographic quotes and dashes of the texts; unicode-range keeps browsers from loading a subset
 * a document does not use.
 */
const require = createRequire(import.meta.url);

const PACKAGES = {
  'Noto Sans': '@fontsource/noto-sans',
  'Noto Serif': '@fontsource/noto-serif',
  // The certificates' display face.
  'EB Garamond': '@fontsource/eb-garamond',
} as const;
type Family = keyof typeof PACKAGES;

const FACES: readonly { family: Family; weight: 400 | 600 | 700; style: 'normal' | 'italic' }[] = [
  { family: 'Noto Sans', weight: 400, style: 'normal' },
  { family: 'Noto Sans', weight: 700, style: 'normal' },
  { family: 'Noto Serif', weight: 400, style: 'normal' },
  { family: 'Noto Serif', weight: 400, style: 'italic' },
  { family: 'Noto Serif', weight: 700, style: 'normal' },
  { family: 'Noto Serif', weight: 700, style: 'italic' },
  { family: 'EB Garamond', weight: 400, style: 'normal' },
  { family: 'EB Garamond', weight: 400, style: 'italic' },
  { family: 'EB Garamond', weight: 600, style: 'normal' },
];

const SUBSETS = ['latin', 'latin-ext', 'vietnamese'] as const;

interface FontFile {
  /** The served name, e.g. noto-sans-latin-400-normal.woff2. */
  name: string;
  path: string;
  css: string;
}

let files: Map<string, FontFile> | null = null;

/** Resolved on first use, so that a broken install fails a document request, not the server. */
function fontFiles(): Map<string, FontFile> {
  if (files) return files;
  const resolved = new Map<string, FontFile>();
  for (const face of FACES) {
    const pkg = PACKAGES[face.family];
    const ranges = require(`${pkg}/unicode.json`) as Record<string, string>;
    for (const subset of SUBSETS) {
      const name = `${pkg.split('/')[1]}-${subset}-${face.weight}-${face.style}.woff2`;
      const css = `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  font-display: block;
  src: url(fonts/${name}) format('woff2');
  unicode-range: ${ranges[subset]};
}`;
      resolved.set(name, { name, path: require.resolve(`${pkg}/files/${name}`), css });
    }
  }
  files = resolved;
  return files;
}

/** The @font-face rules, with URLs relative to the stylesheet (served from assets/). */
export function fontFaceCss(): string {
  return [...fontFiles().values()].map((f) => f.css).join('\n');
}

/** The file behind a served font name; null for any name that is not one of ours. */
export function fontFilePath(name: string): string | null {
  return fontFiles().get(name)?.path ?? null;
}
