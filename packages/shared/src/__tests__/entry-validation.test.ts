import { describe, expect, it } from 'vitest';
import {
  EMPTY_ENTRY,
  entryWordCounts,
  issuesByField,
  validateEntry,
  type EntryInput,
} from '../entry-validation.js';

const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const complete: EntryInput = {
  ...EMPTY_ENTRY,
  title: 'Comprehensive e-services',
  institutionId: 'inst',
  summary: words(180),
  inOperationSince: 2015,
  priorityAreaIds: ['ict'],
  sections: { issue: 'Crowds.', approach: 'Apps.', targets: 'Fewer visits.', evaluation: 'Fewer.' },
  successFactors: ['Team work.'],
  risks: ['Infrastructure.'],
  figures: [{ label: 'Inspections', before: 278000, after: 336000 }],
};

const fields = (entry: EntryInput, mode: 'DRAFT' | 'SUBMIT' = 'SUBMIT', allowed?: string[]) =>
  Object.keys(
    issuesByField(
      validateEntry(entry, { mode, allowedPriorityAreaIds: allowed, currentYear: 2026 }),
    ),
  );

describe('validateEntry', () => {
  it('accepts a complete entry at the limits', () => {
    expect(validateEntry(complete, { mode: 'SUBMIT', currentYear: 2026 })).toEqual([]);
  });

  it('refuses a summary of 181 words, naming the count', () => {
    const [issue] = validateEntry({ ...complete, summary: words(181) }, { mode: 'SUBMIT' });
    expect(issue).toEqual({
      field: 'summary',
      message: 'The summary has 181 words; at most 180 are allowed.',
    });
  });

  it('refuses more than 1,500 words in all', () => {
    const entry = { ...complete, sections: { ...complete.sections, approach: words(1400) } };
    expect(fields(entry)).toEqual(['total']);
  });

  it('wants 1 to 3 distinct priority areas from the competition list', () => {
    expect(fields({ ...complete, priorityAreaIds: [] })).toEqual(['priorityAreaIds']);
    expect(fields({ ...complete, priorityAreaIds: ['a', 'b', 'c', 'd'] })).toEqual([
      'priorityAreaIds',
    ]);
    expect(fields({ ...complete, priorityAreaIds: ['a', 'a'] })).toEqual(['priorityAreaIds']);
    expect(fields({ ...complete, priorityAreaIds: ['x'] }, 'SUBMIT', ['ict'])).toEqual([
      'priorityAreaIds',
    ]);
  });

  it('wants every required section, a year and at most three factors and risks', () => {
    const entry = {
      ...complete,
      sections: { ...complete.sections, targets: ' ' },
      inOperationSince: 2031,
      risks: ['a', 'b', 'c', 'd'],
    };
    expect(fields(entry)).toEqual(['inOperationSince', 'sections.targets', 'risks']);
  });

  it('lets a draft be saved with little more than a title and an institution', () => {
    expect(fields({ ...EMPTY_ENTRY, title: 'Working title', institutionId: 'i' }, 'DRAFT')).toEqual(
      [],
    );
    expect(fields({ ...EMPTY_ENTRY, summary: words(300) }, 'DRAFT')).toEqual([
      'title',
      'institutionId',
    ]);
  });

  it('needs a figure value or both before and after', () => {
    expect(fields({ ...complete, figures: [{ label: 'Visits', before: 1 }] })).toEqual([
      'figures.0.value',
    ]);
  });
});

describe('entryWordCounts', () => {
  it('counts every text but the title', () => {
    expect(entryWordCounts(complete)).toMatchObject({ summary: 180, lessons: 3, figures: 1 });
    expect(entryWordCounts(complete).total).toBe(180 + 1 + 1 + 2 + 1 + 3 + 1);
  });
});
