import { lessonsIntro } from './form.js';

/**
 * Text renderings shared by the API (Practice.sections), the explorer and the documents. The
 * format is plain text: paragraphs separated by a blank line, "- " bullets indented two spaces
 * per level.
 */
export interface FigureLike {
  group?: string | null;
  label: string;
  value?: string | null;
  before?: number | null;
  after?: number | null;
  unit?: string | null;
}

const numberFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatFigureNumber(n: number, unit?: string | null): string {
  return unit ? `${numberFormat.format(n)} ${unit}` : numberFormat.format(n);
}

/** One figure as the lines the submission form would have: a value, a change, or before/after lines. */
export function figureLines(f: FigureLike): string[] {
  if (f.value != null) return [`${f.label}: ${f.value}`];
  if (f.before != null && f.after != null) {
    if (f.unit)
      return [
        `${f.label}: from ${formatFigureNumber(f.before, f.unit)} to ${formatFigureNumber(f.after, f.unit)}`,
      ];
    return [
      `${f.label} before: ${formatFigureNumber(f.before)}`,
      `${f.label} after: ${formatFigureNumber(f.after)}`,
    ];
  }
  return [f.label];
}

/** "Evaluating the results" as bullets: each group a bullet with its figures nested under it. */
export function renderFigures(figures: readonly FigureLike[]): string {
  const lines: string[] = [];
  let group: string | null | undefined;
  for (const f of figures) {
    if (f.group && f.group !== group) lines.push(`- ${f.group}`);
    group = f.group;
    const indent = f.group ? '  - ' : '- ';
    for (const line of figureLines(f)) lines.push(indent + line);
  }
  return lines.join('\n');
}

/** "Lessons learned": the success factors and the risks, each introduced as the sheet does. */
export function renderLessons(successFactors: readonly string[], risks: readonly string[]): string {
  const blocks: string[] = [];
  if (successFactors.length)
    blocks.push(
      lessonsIntro('SUCCESS_FACTOR', successFactors.length),
      successFactors.map((f) => `- ${f}`).join('\n'),
    );
  if (risks.length)
    blocks.push(lessonsIntro('RISK', risks.length), risks.map((r) => `- ${r}`).join('\n'));
  return blocks.join('\n\n');
}
