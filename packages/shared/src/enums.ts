/** The four ISSA regions. Values are the public GraphQL enum names. */
export const REGIONS = ['AFRICA', 'AMERICAS', 'ASIA_PACIFIC', 'EUROPE'] as const;
export type Region = (typeof REGIONS)[number];

export const REGION_LABELS: Record<Region, string> = {
  AFRICA: 'Africa',
  AMERICAS: 'the Americas',
  ASIA_PACIFIC: 'Asia and the Pacific',
  EUROPE: 'Europe',
};

/** Outcomes in the order the results booklet presents them. */
export const OUTCOMES = [
  'AWARD',
  'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
  'CERTIFICATE_OF_MERIT',
  'ATTESTATION',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const OUTCOME_LABELS: Record<Outcome, string> = {
  AWARD: 'Award',
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION:
    'Certificate of Merit with Special Mention from the Jury',
  CERTIFICATE_OF_MERIT: 'Certificate of Merit',
  ATTESTATION: 'Attestation',
};

/**
 * The heading over each outcome's group of entries in the results booklet, in English: the
 * Award's group is "Winning entry" or "Winning entries" by how many won; the others are plural
 * whatever the count, as the booklet prints them. (The explorer has these in its catalogues.)
 */
export const OUTCOME_GROUP_HEADINGS: Record<Outcome, { one: string; other: string }> = {
  AWARD: { one: 'Winning entry', other: 'Winning entries' },
  CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION: {
    one: 'Certificates of Merit with Special Mention from the Jury',
    other: 'Certificates of Merit with Special Mention from the Jury',
  },
  CERTIFICATE_OF_MERIT: { one: 'Certificates of Merit', other: 'Certificates of Merit' },
  ATTESTATION: { one: 'Attestations', other: 'Attestations' },
};

/** The English heading over `count` entries with this outcome (see OUTCOME_GROUP_HEADINGS). */
export function outcomeGroupHeading(outcome: Outcome, count: number): string {
  const heading = OUTCOME_GROUP_HEADINGS[outcome];
  return count === 1 ? heading.one : heading.other;
}

/** Outcomes whose decision must carry a public text (the Jury's comment or the special mention). */
export const OUTCOMES_WITH_JURY_TEXT: readonly Outcome[] = [
  'AWARD',
  'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
];

export const PRACTICE_SORTS = ['RELEVANCE', 'NEWEST', 'TITLE'] as const;
export type PracticeSort = (typeof PRACTICE_SORTS)[number];

/**
 * A competition's lifecycle. Only PUBLISHED competitions are visible to the public;
 * everything before it is confidential to the secretariat and the jury.
 */
export const COMPETITION_STATUSES = ['DRAFT', 'OPEN', 'JUDGING', 'DECIDED', 'PUBLISHED'] as const;
export type CompetitionStatus = (typeof COMPETITION_STATUSES)[number];

/** An entry's own state, independent of its competition's. */
export const ENTRY_STATUSES = ['DRAFT', 'SUBMITTED', 'WITHDRAWN'] as const;
export type EntryStatus = (typeof ENTRY_STATUSES)[number];

export const LESSON_KINDS = ['SUCCESS_FACTOR', 'RISK'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** What a console user may do; a person may hold several roles. */
export const ROLES = ['ADMIN', 'SECRETARIAT', 'JURY'] as const;
export type Role = (typeof ROLES)[number];

/**
 * The lifecycle moves a step at a time; a step back (reopening) is allowed to the secretariat
 * and audited. PUBLISHED → DECIDED withdraws a publication made by mistake.
 */
export const COMPETITION_TRANSITIONS: Record<CompetitionStatus, readonly CompetitionStatus[]> = {
  DRAFT: ['OPEN'],
  OPEN: ['DRAFT', 'JUDGING'],
  JUDGING: ['OPEN', 'DECIDED'],
  DECIDED: ['JUDGING', 'PUBLISHED'],
  PUBLISHED: ['DECIDED'],
};
