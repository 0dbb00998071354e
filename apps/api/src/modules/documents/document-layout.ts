import { type Outcome } from '@gpa/shared';
import { html, type SafeHtml } from './html.js';

/** The programme both documents are published under. */
export const PROGRAMME_NAME = 'Good Practice Awards';

/** "Priority areas: A, B", or "Priority area: A" for one, as the booklet prints it. */
export function priorityAreasLine(areas: readonly string[]): string {
  return `${areas.length === 1 ? 'Priority area:' : 'Priority areas:'} ${areas.join(', ')}`;
}

/** An ISO date as the documents print it: "10 October 2018". */
export function longDate(date: string | null): string | null {
  if (!date) return null;
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** How the booklet introduces the jury's public text, for the outcomes that have one. */
export const JURY_TEXT_LEADS: Partial<Record<Outcome, string>> = {
  AWARD: 'Jury’s comment:',
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: 'Special mention from the Jury:',
};

/**
 * Where the documents find their stylesheet: every document address is
 * /documents/{competitions|practices}/{slug}/{file}, so assets are two levels up. Relative, so
 * the same HTML works behind any proxy prefix and inside the PDF renderer.
 */
export const ASSETS_FROM_DOCUMENT = '../../assets/';

/** The HTML shell of every document: UTF-8, the shared stylesheet, nothing else to fetch. */
export function documentPage(options: {
  title: string;
  body: SafeHtml;
  className: string;
  /** Where the assets are from the document's address, for documents nested deeper. */
  assets?: string;
}): string {
  const stylesheet = `${options.assets ?? ASSETS_FROM_DOCUMENT}documents.css`;
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${options.title}</title>
        <link rel="stylesheet" href="${stylesheet}" />
      </head>
      <body class="${options.className}">
        ${options.body}
      </body>
    </html> `.toString();
}

/** The same page for an unknown and an unpublished document, so neither can be told apart. */
export function notFoundPage(): string {
  return documentPage({
    title: 'Document not found',
    className: 'not-found',
    body: html`<main>
      <h1>Document not found</h1>
      <p>There is no published document at this address.</p>
    </main>`,
  });
}
