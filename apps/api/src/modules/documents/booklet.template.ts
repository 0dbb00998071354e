import { outcomeGroupHeading, type Outcome } from '@gpa/shared';
import { type BookletData, type BookletEntry } from './booklet.loader.js';
import {
  documentPage,
  JURY_TEXT_LEADS,
  longDate,
  priorityAreasLine,
  PROGRAMME_NAME,
} from './document-layout.js';
import { html, type SafeHtml } from './html.js';
import { plainTextHtml } from './plain-text.js';

interface Part {
  outcome: Outcome;
  id: string;
  /** As the booklet prints it. */
  heading: (count: number) => string;
  /** In the table of contents. */
  label: (count: number) => string;
  /** Whether entries are printed with their summary and the jury's text, or listed only. */
  withTexts: boolean;
}

/** The booklet prints each group's heading in capitals; its table of contents does not. */
const part = (outcome: Outcome, id: string, withTexts: boolean): Part => ({
  outcome,
  id,
  heading: (n) => outcomeGroupHeading(outcome, n).toUpperCase(),
  label: (n) => outcomeGroupHeading(outcome, n),
  withTexts,
});

const BOOKLET_PARTS: readonly Part[] = [
  part('AWARD', 'winning-entry', true),
  part('CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION', 'special-mentions', true),
  part('CERTIFICATE_OF_MERIT', 'certificates-of-merit', false),
  part('ATTESTATION', 'attestations', false),
];

const entryCount = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

function cover(data: BookletData): SafeHtml {
  const where = [data.forumPlace, longDate(data.forumDate)].filter(Boolean).join(', ');
  return html`<header class="cover">
    <div class="band"><p class="programme">${PROGRAMME_NAME}</p></div>
    <div class="cover-body">
      <h1>${data.title}</h1>
      <p class="subtitle">Results of the competition</p>
    </div>
    ${
      data.forumName || where
        ? html`<div class="forum">
            ${data.forumName ? html`<p>${data.forumName}</p>` : ''}
            ${where ? html`<p>${where}</p>` : ''}
          </div>`
        : ''
    }
  </header>`;
}

function introductionLinks(data: BookletData) {
  return [
    data.juryIntroduction ? { id: 'jury', label: 'The Good Practice Award Jury' } : null,
    { id: 'priority-areas', label: `Priority areas ${data.triennium}` },
    { id: 'results', label: `Results – ${data.title}` },
    data.portalNote ? { id: 'portal', label: 'Good Practices on the ISSA Web Portal' } : null,
  ].filter((l) => l !== null);
}

function contents(data: BookletData, parts: { part: Part; entries: BookletEntry[] }[]): SafeHtml {
  return html`<nav class="toc" aria-labelledby="contents">
    <h1 id="contents">Contents</h1>
    <ol>
      <li><a href="#introduction">Introduction</a></li>
      ${introductionLinks(data).map(
        (l) => html`<li class="sub"><a href="#${l.id}">${l.label}</a></li>`,
      )}
      ${parts.map(
        ({ part, entries }) =>
          html`<li>
            <a href="#${part.id}">${part.label(entries.length)}</a>
            <span class="count">${entryCount(entries.length)}</span>
          </li>`,
      )}
    </ol>
  </nav>`;
}

function introduction(data: BookletData): SafeHtml {
  return html`<section class="part" id="introduction">
    <h1 class="part-title">INTRODUCTION</h1>
    ${plainTextHtml(data.introduction)}
    ${
      data.juryIntroduction
        ? html`<h2 id="jury">The Good Practice Award Jury</h2>
            ${plainTextHtml(data.juryIntroduction)}`
        : ''
    }
    <h2 id="priority-areas">ISSA Good Practice Awards priority areas ${data.triennium}</h2>
    <ul class="priority-areas">
      ${data.priorityAreas.map((a) => html`<li>${a}</li>`)}
    </ul>
    <h2 id="results">Results of the ISSA Good Practice Awards – ${data.title}</h2>
    <p class="results">${data.resultsSentence}</p>
    ${
      data.portalNote
        ? html`<h2 id="portal">Good Practices on the ISSA Web Portal</h2>
            ${plainTextHtml(data.portalNote)}`
        : ''
    }
  </section>`;
}

function entry(e: BookletEntry, part: Part): SafeHtml {
  // Certificates of Merit and Attestations are listed without texts, as in the booklet.
  const full = part.withTexts;
  return html`<article class="entry${full ? '' : ' short'}" id="entry-${e.slug}">
    <div class="entry-head">
      <p class="entry-origin">${e.countryName}: ${e.institutionName}</p>
      <h3 class="entry-title">${e.title}</h3>
      ${
        e.priorityAreas.length
          ? html`<p class="entry-areas">${priorityAreasLine(e.priorityAreas)}</p>`
          : ''
      }
    </div>
    ${full && e.summary ? html`<div class="summary">${plainTextHtml(e.summary, 'Summary:')}</div>` : ''}
    ${
      full && e.juryText
        ? html`<div class="jury">${plainTextHtml(e.juryText, JURY_TEXT_LEADS[e.outcome])}</div>`
        : ''
    }
  </article>`;
}

/**
 * The results booklet, in the order and wording of the printed one: cover, contents,
 * introduction, jury, priority areas, results, portal note, then the entries by outcome.
 */
export function renderBooklet(data: BookletData): string {
  const parts = BOOKLET_PARTS.map((part) => ({
    part,
    entries: data.entries.filter((e) => e.outcome === part.outcome),
  })).filter((p) => p.entries.length > 0);
  return documentPage({
    title: `${PROGRAMME_NAME} – ${data.title}: results booklet`,
    className: 'booklet',
    body: html`${cover(data)} ${contents(data, parts)} ${introduction(data)}
    ${parts.map(
      ({ part, entries }) =>
        html`<section class="part" id="${part.id}">
          <h1 class="part-title">${part.heading(entries.length)}</h1>
          ${entries.map((e) => entry(e, part))}
        </section>`,
    )}`,
  });
}
