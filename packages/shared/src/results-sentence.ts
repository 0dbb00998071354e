/** What the results sentence needs to know; every number is computed from published rows. */
export interface ResultsSentenceInput {
  entries: number;
  institutions: number;
  countries: number;
  certificatesOfMerit: number;
  specialMentions: number;
  award: { institutionName: string; countryName: string; title: string } | null;
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** "The National Pension Service", but never "the The Public Institution …". */
function withArticle(institutionName: string): string {
  return /^the\s/i.test(institutionName) ? institutionName : `the ${institutionName}`;
}

/**
 * The booklet's results sentence, e.g. "There were 76 entries from 20 organizations in 15
 * countries. The Jury decided to give the Award to the National Pension Service, Republic of
 * Korea, for One-stop service … The Jury also gave 53 Certificates of Merit, 19 of which
 * received a special mention."
 */
export function resultsSentence(input: ResultsSentenceInput): string {
  const parts = [
    `There ${input.entries === 1 ? 'was' : 'were'} ${count(input.entries, 'entry', 'entries')} from ${count(
      input.institutions,
      'organization',
      'organizations',
    )} in ${count(input.countries, 'country', 'countries')}.`,
  ];
  if (input.award) {
    parts.push(
      `The Jury decided to give the Award to ${withArticle(input.award.institutionName)}, ${input.award.countryName}, for ${input.award.title}.`,
    );
  }
  if (input.certificatesOfMerit > 0) {
    const certificates = count(
      input.certificatesOfMerit,
      'Certificate of Merit',
      'Certificates of Merit',
    );
    let mentions: string;
    if (input.specialMentions === 0) mentions = '';
    else if (input.certificatesOfMerit === 1) mentions = ', which received a special mention';
    else mentions = `, ${input.specialMentions} of which received a special mention`;
    parts.push(`The Jury ${input.award ? 'also ' : ''}gave ${certificates}${mentions}.`);
  }
  return parts.join(' ');
}
