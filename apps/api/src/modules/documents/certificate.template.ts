import { OUTCOME_LABELS, type Outcome } from '@gpa/shared';
import { type CertificateCompetition, type CertificateEntry } from './certificate.loader.js';
import { documentPage, longDate, PROGRAMME_NAME } from './document-layout.js';
import { html, type SafeHtml } from './html.js';

/**
 * Certificates live one level below the other documents
 * (/documents/competitions/{slug}/certificates/{practice}.html), so their assets are three up.
 */
const ASSETS_FROM_CERTIFICATE = '../../../assets/';

/** The certificate's wording per outcome; the heading is always the outcome's own label. */
const WORDING: Record<
  Outcome,
  { heading: string; qualifier?: string; lead: string; seal: string }
> = {
  AWARD: {
    heading: OUTCOME_LABELS.AWARD,
    lead: 'is conferred by the Jury upon',
    seal: 'Award',
  },
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: {
    heading: 'Certificate of Merit',
    qualifier: 'with Special Mention from the Jury',
    lead: 'is presented by the Jury to',
    seal: 'Special Mention',
  },
  CERTIFICATE_OF_MERIT: {
    heading: OUTCOME_LABELS.CERTIFICATE_OF_MERIT,
    lead: 'is presented by the Jury to',
    seal: 'Merit',
  },
  ATTESTATION: {
    heading: OUTCOME_LABELS.ATTESTATION,
    lead: 'is presented to',
    seal: 'Attestation',
  },
};

const OUTCOME_CLASS: Record<Outcome, string> = {
  AWARD: 'award',
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: 'special-mention',
  CERTIFICATE_OF_MERIT: 'merit',
  ATTESTATION: 'attestation',
};

/** Long titles get a smaller size so that every certificate stays one page. */
function titleSize(title: string): string {
  if (title.length > 170) return 'title-xl';
  if (title.length > 110) return 'title-l';
  if (title.length > 60) return 'title-m';
  return 'title-s';
}

/** "at the Regional Social Security Forum for …" and "Kuala Lumpur, 10 October 2018", as known. */
function forum(competition: CertificateCompetition): SafeHtml {
  const where = [competition.forumPlace, longDate(competition.forumDate)]
    .filter(Boolean)
    .join(', ');
  return html`<div class="cert-forum">
    <p>
      in the ${PROGRAMME_NAME} competition
      <span class="cert-competition">${competition.title}</span>${
        competition.forumName
          ? html`, presented at the <span class="cert-forum-name">${competition.forumName}</span>`
          : ''
      }
    </p>
    ${where ? html`<p class="cert-forum-where">${where}</p>` : ''}
  </div>`;
}

function seal(entry: CertificateEntry, competition: CertificateCompetition): SafeHtml {
  return html`<div class="cert-seal" aria-hidden="true">
    <div class="cert-seal-ring">
      <span class="cert-seal-rule"></span>
      <span class="cert-seal-word">${WORDING[entry.outcome].seal}</span>
      <span class="cert-seal-year">${competition.year}</span>
      <span class="cert-seal-rule"></span>
    </div>
  </div>`;
}

function certificateBody(entry: CertificateEntry, competition: CertificateCompetition): SafeHtml {
  const wording = WORDING[entry.outcome];
  return html`<article class="cert cert-${OUTCOME_CLASS[entry.outcome]}">
    <div class="cert-frame">
      <span class="cert-corner tl"></span><span class="cert-corner tr"></span>
      <span class="cert-corner bl"></span><span class="cert-corner br"></span>
      <header class="cert-head">
        <p class="cert-programme">${PROGRAMME_NAME}</p>
        <p class="cert-edition">${competition.title}</p>
      </header>
      <div class="cert-main">
        <h1 class="cert-outcome">
          ${wording.heading}${
            wording.qualifier ? html` <span class="cert-qualifier">${wording.qualifier}</span>` : ''
          }
        </h1>
        <p class="cert-lead">${wording.lead}</p>
        <p class="cert-institution">${entry.institutionName}</p>
        <p class="cert-country">${entry.countryName}</p>
        <p class="cert-for">for the good practice</p>
        <p class="cert-title ${titleSize(entry.title)}">“${entry.title}”</p>
        ${forum(competition)}
      </div>
      <footer class="cert-foot">
        <div class="cert-signature"><span class="cert-line"></span>For the Jury</div>
        ${seal(entry, competition)}
        <div class="cert-signature"><span class="cert-line"></span>For the Secretariat</div>
      </footer>
    </div>
  </article>`;
}

/** One entry's certificate: a single A4 landscape page, laid out by the shared stylesheet. */
export function renderCertificate(
  entry: CertificateEntry,
  competition: CertificateCompetition,
): string {
  return documentPage({
    title: `${OUTCOME_LABELS[entry.outcome]} – ${entry.institutionName} – ${competition.title}`,
    className: 'certificate',
    assets: ASSETS_FROM_CERTIFICATE,
    body: certificateBody(entry, competition),
  });
}
