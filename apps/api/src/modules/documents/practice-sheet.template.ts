import {
  FORM_SECTIONS,
  OUTCOME_LABELS,
  SUMMARY_HEADING,
  formatFigureNumber,
  renderLessons,
  type FigureLike,
  type FormSection,
} from '@gpa/shared';
import {
  documentPage,
  JURY_TEXT_LEADS,
  priorityAreasLine,
  PROGRAMME_NAME,
} from './document-layout.js';
import { html, type SafeHtml } from './html.js';
import { plainTextHtml } from './plain-text.js';
import { type PracticeSheetData } from './practice-sheet.loader.js';

/**
 * The practice sheet, laid out like the public database's: the programme's header, the title,
 * institution and country, the summary, then every answered section of the submission form
 * under its heading and italic question, with the result figures as a table.
 */

/** The programme's name in its four languages, where the printed sheet has the association's. */
export const PROGRAMME_NAMES = [
  { lang: 'en', name: PROGRAMME_NAME },
  { lang: 'fr', name: 'Prix des bonnes pratiques' },
  { lang: 'es', name: 'Premios de buenas prácticas' },
  { lang: 'de', name: 'Preise für gute Praxis' },
] as const;

/** A figure's result cell: the value as written, or "before → after". */
export function figureResult(f: FigureLike): string {
  if (f.value != null) return f.value;
  const fmt = (n: number) => formatFigureNumber(n, f.unit);
  if (f.before != null && f.after != null) return `${fmt(f.before)} → ${fmt(f.after)}`;
  if (f.before != null) return `${fmt(f.before)} (before)`;
  if (f.after != null) return `${fmt(f.after)} (after)`;
  return '–';
}

/** Consecutive figures of one group, so that each group gets one heading row. */
function groupRuns(figures: readonly FigureLike[]) {
  const runs: { group: string | null; figures: FigureLike[] }[] = [];
  for (const f of figures) {
    const group = f.group ?? null;
    const last = runs.at(-1);
    if (last && last.group === group) last.figures.push(f);
    else runs.push({ group, figures: [f] });
  }
  return runs;
}

function figuresTable(figures: readonly FigureLike[]): SafeHtml {
  if (!figures.length) return html``;
  return html`<table class="figures">
    <thead>
      <tr>
        <th scope="col">Indicator</th>
        <th scope="col">Result</th>
      </tr>
    </thead>
    ${groupRuns(figures).map(
      (run) =>
        html`<tbody>
          ${
            run.group
              ? html`<tr>
                  <th colspan="2" scope="colgroup">${run.group}</th>
                </tr>`
              : ''
          }
          ${run.figures.map(
            (f) =>
              html`<tr>
                <td>${f.label}</td>
                <td class="value">${figureResult(f)}</td>
              </tr>`,
          )}
        </tbody>`,
    )}
  </table>`;
}

/** A section's content: the written answer plus what the form collects apart from it. */
function sectionBody(section: FormSection, data: PracticeSheetData): SafeHtml | null {
  const written = data.sectionBodies.get(section.key)?.trim() ?? '';
  let extra: SafeHtml | string = '';
  if (section.key === 'evaluation') extra = figuresTable(data.figures);
  if (section.key === 'lessons') {
    const lessons = renderLessons(data.successFactors, data.risks);
    if (lessons) extra = plainTextHtml(lessons);
  }
  if (!written && !extra.toString()) return null;
  return html`${written ? plainTextHtml(written) : ''}${extra}`;
}

function header(data: PracticeSheetData): SafeHtml {
  return html`<header class="sheet-header">
      <p class="programme">
        ${PROGRAMME_NAMES.map(({ lang, name }) => html`<span lang="${lang}">${name}</span><br />`)}
      </p>
    </header>
    <p class="kicker">Good Practices in Social Security</p>
    ${
      data.inOperationSince != null
        ? html`<p class="since-line">Good practice in operation since: ${data.inOperationSince}</p>`
        : ''
    }`;
}

function meta(data: PracticeSheetData): SafeHtml {
  const result = [data.competitionTitle, data.outcome ? OUTCOME_LABELS[data.outcome] : null].filter(
    Boolean,
  );
  return html`<p class="sheet-meta">
    ${result.length ? html`<span>${result.join(' – ')}</span><br />` : ''}
    ${data.priorityAreas.length ? priorityAreasLine(data.priorityAreas) : ''}
  </p>`;
}

function juryText(data: PracticeSheetData): SafeHtml | string {
  if (!data.juryText) return '';
  const lead = data.outcome ? JURY_TEXT_LEADS[data.outcome] : undefined;
  return html`<div class="jury">${plainTextHtml(data.juryText, lead)}</div>`;
}

export function renderPracticeSheet(data: PracticeSheetData): string {
  const sections = FORM_SECTIONS.map((section) => ({ section, body: sectionBody(section, data) }));
  return documentPage({
    title: `${data.title} – ${PROGRAMME_NAME}`,
    className: 'sheet',
    body: html`${header(data)}
      <div class="sheet-head">
        <h1 class="sheet-title">${data.title}</h1>
        <p class="sheet-origin">
          <strong>${data.institutionName}</strong><br />${data.countryName}
        </p>
        ${meta(data)}
      </div>
      ${
        data.summary
          ? html`<section id="summary">
              <h2>${SUMMARY_HEADING}</h2>
              <div class="summary">${plainTextHtml(data.summary)}</div>
              ${juryText(data)}
            </section>`
          : juryText(data)
      }
      ${sections.map(({ section, body }) =>
        body
          ? html`<section id="${section.key}">
              <h2>${section.heading}</h2>
              <p class="prompt">${section.prompt}</p>
              ${body}
            </section>`
          : '',
      )}`,
  });
}
