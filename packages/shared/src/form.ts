/**
 * The programme's submission form. Its sections, in form order, are what a practice sheet
 * shows and what the public API returns as `Practice.sections`.
 */
export const SECTION_KEYS = ['issue', 'approach', 'targets', 'evaluation', 'lessons'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface FormSection {
  key: SectionKey;
  heading: string;
  /** The question the form asks; the practice sheet prints it under the heading. */
  prompt: string;
}

export const FORM_SECTIONS: readonly FormSection[] = [
  {
    key: 'issue',
    heading: 'The issue or challenge',
    prompt:
      'What was the issue or challenge addressed by your good practice? Please provide a short description.',
  },
  {
    key: 'approach',
    heading: 'Addressing the challenge',
    prompt:
      'What were the main objectives of the plan or strategy to resolve the issue or challenge? List and briefly describe the main elements of the plan or strategy, focusing especially on their innovative feature(s) and expected or intended effects.',
  },
  {
    key: 'targets',
    heading: 'Targets to be achieved',
    prompt:
      'What were the quantitative and/or qualitative targets or key performance indicators that were set for the plan or strategy? Please describe briefly.',
  },
  {
    key: 'evaluation',
    heading: 'Evaluating the results',
    prompt:
      'Has there been an evaluation of the good practice? Please provide data on the impact and outcomes of the good practice by comparing targets vs actual performance, before-and-after indicators, and/or other types of statistics or measurements.',
  },
  {
    key: 'lessons',
    heading: 'Lessons learned',
    prompt:
      "Based on the organization's experience, name up to three factors which you consider as indispensable to replicate this good practice. Name up to three risks that arose/could arise in implementing this good practice. Please explain these factors and/or risks briefly.",
  },
];

export const SUMMARY_HEADING = 'Summary';

/** The programme's limits on an entry. */
export const ENTRY_LIMITS = {
  minPriorityAreas: 1,
  maxPriorityAreas: 3,
  maxSummaryWords: 180,
  maxTotalWords: 1500,
  maxSuccessFactors: 3,
  maxRisks: 3,
} as const;

/** Words as a reader counts them: runs of letters or digits, with inner apostrophes, hyphens and digit separators. */
export function countWords(text: string | null | undefined): number {
  if (!text) return 0;
  const matches = text.match(/[\p{L}\p{N}]+(?:['’‑.,-][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

const SMALL_NUMBERS = ['No', 'One', 'Two', 'Three', 'Four', 'Five'];

/** "Three factors:" / "Three risk factors:", as the practice sheet introduces the lessons. */
export function lessonsIntro(kind: 'SUCCESS_FACTOR' | 'RISK', n: number): string {
  const number = SMALL_NUMBERS[n] ?? String(n);
  const noun = kind === 'RISK' ? 'risk factor' : 'factor';
  return `${number} ${noun}${n === 1 ? '' : 's'}:`;
}
