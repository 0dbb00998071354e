import { CERTIFICATE_RULES } from './certificate-styles.js';
import { fontFaceCss } from './document-fonts.js';

/**
 * The print stylesheet shared by the booklet and the practice sheet, served as
 * /documents/assets/documents.css. The PDF's page size and margins are set by the renderer
 * (Chromium draws the page numbers in the bottom margin); `print-height` below is what is left
 * of an A4 page inside those margins, so that the cover fills exactly one page.
 */
const RULES = `
:root {
  --ink: #1c1c1c;
  --muted: #585f69;
  --accent: #1d4f91;
  --accent-soft: #e8eef7;
  --rule: #c5d0de;
  --print-height: 253mm;
}
html {
  font-family: 'Noto Serif', Georgia, serif;
  font-size: 10pt;
  line-height: 1.45;
  color: var(--ink);
  -webkit-print-color-adjust: exact;
  print-color-adjust: exact;
}
body { margin: 0; }
h1, h2, h3, .sans, table, .toc, .cover, .sheet-header, .kicker, .since-line { font-family: 'Noto Sans', Arial, sans-serif; }
h1, h2, h3 { line-height: 1.25; break-after: avoid; text-wrap: balance; }
p { margin: 0 0 0.6em; orphans: 3; widows: 3; }
ul { margin: 0 0 0.6em; padding-left: 1.4em; }
ul ul { margin: 0.2em 0 0.2em; list-style-type: circle; }
li { margin: 0 0 0.25em; }
a { color: inherit; text-decoration: none; }
strong.lead { font-family: 'Noto Sans', Arial, sans-serif; font-weight: 700; }

@media screen {
  body { max-width: 46rem; margin: 2rem auto 4rem; padding: 0 1.25rem; }
  .part, .toc { margin-top: 3rem; }
}
@media print {
  .part, .toc { break-before: page; }
}

/* Cover */
.cover {
  display: flex;
  flex-direction: column;
  min-height: var(--print-height);
  box-sizing: border-box;
  border-bottom: 3px solid var(--accent);
}
@media screen { .cover { min-height: 30rem; } }
.cover .band { background: var(--accent); padding: 9mm 8mm; }
.cover .programme {
  margin: 0;
  font-size: 14pt;
  letter-spacing: 0.16em;
  text-transform: uppercase;
  color: #fff;
  font-weight: 700;
}
.cover .cover-body { padding: 34mm 8mm 0; }
.cover h1 { font-size: 32pt; margin: 0 0 5mm; }
.cover .subtitle { font-size: 14pt; color: var(--muted); margin: 0; }
.cover .forum { margin-top: auto; padding: 6mm 8mm 8mm; font-size: 11pt; }
.cover .forum p { margin: 0 0 1mm; }

/* Table of contents */
.toc h1 { font-size: 16pt; color: var(--accent); margin: 0 0 6mm; }
.toc ol { list-style: none; padding: 0; margin: 0; font-size: 11pt; }
.toc li { padding: 2.2mm 0; border-bottom: 1px solid var(--rule); margin: 0; }
.toc li.sub { padding-left: 6mm; font-size: 10pt; }
.toc .count { float: right; color: var(--muted); font-size: 9pt; }

/* Booklet parts */
.part-title {
  font-size: 14pt;
  color: var(--accent);
  text-transform: uppercase;
  letter-spacing: 0.02em;
  border-bottom: 2px solid var(--accent);
  padding-bottom: 2mm;
  margin: 0 0 5mm;
}
.part h2 { font-size: 12.5pt; color: var(--accent); margin: 6mm 0 2.5mm; }
.results { background: var(--accent-soft); padding: 3mm 4mm; border-left: 3px solid var(--accent); }
.entry { margin: 0 0 6mm; }
.entry.short { break-inside: avoid; margin-bottom: 4.5mm; }
.entry-head { break-inside: avoid; margin-bottom: 2mm; }
/* Only where a text follows: a break-after that reaches the end of a short entry would forbid
   every break between entries, and Chromium would then split the entries themselves. */
.entry:not(.short) .entry-head { break-after: avoid; }
.entry.short h3 { break-after: auto; }
.entry-origin {
  font-family: 'Noto Sans', Arial, sans-serif;
  font-weight: 700;
  font-size: 9pt;
  color: var(--accent);
  margin: 0 0 0.8mm;
}
.entry-title { font-weight: 700; font-size: 11pt; margin: 0 0 0.8mm; }
.entry-areas { font-family: 'Noto Sans', Arial, sans-serif; font-size: 8.5pt; color: var(--muted); }
.entry .jury { border-top: 1px solid var(--rule); padding-top: 1.5mm; }

/* Practice sheet */
.sheet-header {
  display: flex;
  justify-content: space-between;
  align-items: flex-end;
  border-bottom: 3px solid var(--accent);
  padding-bottom: 3mm;
  margin-bottom: 5mm;
}
.sheet-header .programme {
  margin: 0;
  font-size: 7.5pt;
  line-height: 1.5;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: var(--accent);
}
.sheet-header .programme span:first-child { font-weight: 700; }
.kicker { font-size: 13pt; color: var(--accent); margin: 0 0 1mm; }
.since-line { font-size: 9pt; color: var(--muted); }
.sheet-title { font-size: 17pt; margin: 4mm 0 3mm; }
.sheet-origin { margin: 0 0 1mm; font-family: 'Noto Sans', Arial, sans-serif; }
.sheet-meta { font-family: 'Noto Sans', Arial, sans-serif; font-size: 8.5pt; color: var(--muted); margin: 2mm 0 0; }
.sheet-head { border-bottom: 1px solid var(--rule); padding-bottom: 4mm; margin-bottom: 2mm; }
.sheet section h2 { font-size: 12pt; color: var(--accent); margin: 6mm 0 1.5mm; }
.sheet .prompt { font-style: italic; color: var(--muted); font-size: 9pt; }
.sheet .summary { font-style: italic; }

table.figures { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin: 2mm 0 4mm; }
table.figures th, table.figures td { text-align: left; vertical-align: top; padding: 1.3mm 2mm; }
table.figures thead th { border-bottom: 1.5px solid var(--accent); color: var(--accent); }
table.figures tbody th { background: var(--accent-soft); font-weight: 700; }
table.figures td { border-bottom: 1px solid var(--rule); }
table.figures td.value { width: 38%; }
table.figures tr { break-inside: avoid; }
/* A group's heading row never ends a page without its figures. */
table.figures tbody { break-inside: avoid; }
table.figures tbody th { break-after: avoid; }

.not-found { font-family: 'Noto Sans', Arial, sans-serif; }
`;

let stylesheet: string | null = null;

export function documentStylesheet(): string {
  stylesheet ??= `${fontFaceCss()}\n${RULES}\n${CERTIFICATE_RULES}`;
  return stylesheet;
}
