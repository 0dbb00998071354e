import { describe, expect, it } from 'vitest';
import {
  countWords,
  renderFigures,
  renderLessons,
  resultsSentence,
  seedFileSchema,
  slugify,
  uniqueSlug,
} from '../index.js';

describe('slugify', () => {
  it('makes ASCII kebab-case, dropping apostrophes instead of splitting words', () => {
    expect(slugify('Asia and the Pacific 2018')).toBe('asia-and-the-pacific-2018');
    expect(slugify('Information and Communication Technology')).toBe(
      'information-and-communication-technology',
    );
    expect(slugify('Korea Workers’ Compensation & Welfare Service')).toBe(
      'korea-workers-compensation-and-welfare-service',
    );
    expect(slugify('#ICanAdult – Connecting with millenials')).toBe(
      'icanadult-connecting-with-millenials',
    );
    expect(slugify('Sécurité sociale')).toBe('securite-sociale');
  });

  it('adds a numeric suffix where two names collide', () => {
    const taken = new Set(['mobile-app', 'mobile-app-2']);
    expect(uniqueSlug('Mobile app', (s) => taken.has(s))).toBe('mobile-app-3');
    expect(uniqueSlug('Other', (s) => taken.has(s))).toBe('other');
  });
});

describe('resultsSentence', () => {
  it('reads like the 2018 booklet', () => {
    expect(
      resultsSentence({
        entries: 76,
        institutions: 20,
        countries: 15,
        certificatesOfMerit: 53,
        specialMentions: 19,
        award: {
          institutionName: 'National Pension Service',
          countryName: 'Republic of Korea',
          title: 'One-stop service through four social insurance information systems',
        },
      }),
    ).toBe(
      'There were 76 entries from 20 organizations in 15 countries. The Jury decided to give the Award to the National Pension Service, Republic of Korea, for One-stop service through four social insurance information systems. The Jury also gave 53 Certificates of Merit, 19 of which received a special mention.',
    );
  });

  it('handles singulars, no award and institutions named with an article', () => {
    expect(
      resultsSentence({
        entries: 1,
        institutions: 1,
        countries: 1,
        certificatesOfMerit: 1,
        specialMentions: 0,
        award: null,
      }),
    ).toBe(
      'There was 1 entry from 1 organization in 1 country. The Jury gave 1 Certificate of Merit.',
    );
    expect(
      resultsSentence({
        entries: 2,
        institutions: 1,
        countries: 1,
        certificatesOfMerit: 0,
        specialMentions: 0,
        award: {
          institutionName: 'The Public Institution for Social Security',
          countryName: 'Kuwait',
          title: 'X',
        },
      }),
    ).toContain('to The Public Institution for Social Security, Kuwait, for X.');
  });
});

describe('practice text', () => {
  it('renders figures as the form lists them, grouped', () => {
    expect(
      renderFigures([
        {
          group: 'Electronic inspection',
          label: 'Number of inspections',
          before: 278000,
          after: 336000,
        },
        { group: 'Electronic inspection', label: 'Total increase', value: '21 per cent' },
        { group: 'App', label: 'Processing time', before: 60, after: 5, unit: 'min' },
      ]),
    ).toBe(
      [
        '- Electronic inspection',
        '  - Number of inspections before: 278,000',
        '  - Number of inspections after: 336,000',
        '  - Total increase: 21 per cent',
        '- App',
        '  - Processing time: from 60 min to 5 min',
      ].join('\n'),
    );
  });

  it('introduces lessons as the practice sheet does', () => {
    expect(renderLessons(['a', 'b', 'c'], ['x'])).toBe(
      'Three factors:\n\n- a\n- b\n- c\n\nOne risk factor:\n\n- x',
    );
  });

  it('counts words as a reader does', () => {
    expect(countWords('Workers’ health centres, e-services and 1,500 words.')).toBe(7);
    expect(countWords('')).toBe(0);
  });
});

describe('seedFileSchema', () => {
  it('reports unknown priority areas and institutions by path', () => {
    const result = seedFileSchema.safeParse({
      triennium: { startYear: 2017, endYear: 2019, priorityAreas: ['Good Governance'] },
      competition: {
        region: 'EUROPE',
        year: 2018,
        title: 'Europe 2018',
        status: 'DRAFT',
        introduction: 'x',
        juryIntroduction: 'y',
        jury: [],
      },
      countries: [{ code: 'FR', name: 'France', sortName: 'France', region: 'EUROPE' }],
      institutions: [],
      entries: [
        {
          title: 'T',
          institution: 'Nobody',
          countryCode: 'FR',
          priorityAreas: ['Nothing'],
          outcome: 'AWARD',
        },
      ],
    });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'entries.0.priorityAreas.0',
        'entries.0.institution',
        'entries.0.juryText',
      ]),
    );
  });
});
