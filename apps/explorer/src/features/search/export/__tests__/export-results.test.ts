import { describe, expect, it } from 'vitest';
import { csvCell, flatten, toCsv, toJson, type ExportRow } from '../export-results';

const row: ExportRow = {
  __typename: 'Practice',
  slug: 'social-security-mobile-services',
  title: 'Social security mobile services',
  region: 'ASIA_PACIFIC',
  outcome: 'CERTIFICATE_OF_MERIT',
  summary: 'Line one, "quoted"\nline two',
  inOperationSince: 2016,
  institution: {
    __typename: 'Institution',
    slug: 'iranian-social-security-organization',
    name: 'Iranian Social Security Organization',
    acronym: 'SSO',
  },
  country: { __typename: 'Country', code: 'IR', name: 'Islamic Republic of Iran' },
  priorityAreas: [
    { __typename: 'PriorityArea', slug: 'service-quality', name: 'Service Quality' },
    { __typename: 'PriorityArea', slug: 'ict', name: 'Information and Communication Technology' },
  ],
  competition: {
    __typename: 'Competition',
    slug: 'asia-and-the-pacific-2018',
    title: 'Asia and the Pacific 2018',
    year: 2018,
  },
};

describe('the export of a result set', () => {
  it('writes one CSV line per practice, quoting what needs quoting, with a byte order mark', () => {
    const csv = toCsv([flatten(row, 'https://example.org')]);
    expect(csv.startsWith('\uFEFFtitle,url,institution,')).toBe(true);
    const [, line] = csv.slice(1).split('\r\n');
    expect(line).toBe(
      'Social security mobile services,https://example.org/practices/social-security-mobile-services,' +
        'Iranian Social Security Organization,SSO,Islamic Republic of Iran,IR,ASIA_PACIFIC,' +
        '"Service Quality; Information and Communication Technology",CERTIFICATE_OF_MERIT,' +
        'Asia and the Pacific 2018,2018,2016,"Line one, ""quoted""\nline two"',
    );
  });

  it('never lets a spreadsheet run a cell as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('plain')).toBe('plain');
  });

  it('writes JSON with the address of the search and the total', () => {
    const json = JSON.parse(
      toJson([flatten(row, 'https://example.org')], {
        url: 'https://example.org/practices?q=mobile',
        total: 7,
        exportedAt: '2026-11-22T00:00:00.000Z',
      }),
    ) as { total: number; count: number; practices: { title: string }[] };
    expect(json.total).toBe(7);
    expect(json.count).toBe(1);
    expect(json.practices[0]!.title).toBe('Social security mobile services');
  });
});
