import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  type CompetitionMoreEntriesQueryVariables,
  type CompetitionResultsQuery,
} from '../../../../generated/graphql';
import {
  competitionEntry,
  ict,
  korea,
  nps,
  pageInfo,
  serviceQuality,
} from '../../../../test/fixtures';
import { renderRoute } from '../../../../test/render-route';
import {
  competitionMoreEntriesQuery,
  competitionResultsQuery,
} from '../../api/competition-results.query';

type Competition = NonNullable<CompetitionResultsQuery['competitionBySlug']>;

const china = { __typename: 'Country' as const, id: 'C-CN', code: 'CN', name: 'China' };
const mohrss = {
  __typename: 'Institution' as const,
  id: 'I-MOHRSS',
  slug: 'ministry-of-human-resources-and-social-security',
  name: 'Ministry of Human Resources and Social Security',
};
const goodGovernance = {
  __typename: 'PriorityArea' as const,
  id: 'A-GG',
  slug: 'good-governance',
  name: 'Good Governance',
};

const award = competitionEntry({
  id: 'P-AWARD',
  slug: 'one-stop-service-through-four-social-insurance-information-systems',
  title: 'One-stop service through four social insurance information systems',
  outcome: 'AWARD',
  summary: 'The National Pension Service (NPS) developed a social insurance computer network.',
  juryComment: 'This is world class service.',
  institution: nps,
  country: korea,
  priorityAreas: [ict, serviceQuality],
});
const mention = competitionEntry({
  id: 'P-MENTION',
  slug: 'application-of-actuarial-technology',
  title:
    'Application of actuarial technology in the negotiation of National Medical Insurance Drug List',
  outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
  summary: 'In order to reduce the personal burden of medical expenses.',
  juryComment: 'This is an important initiative.',
  institution: mohrss,
  country: china,
  priorityAreas: [goodGovernance],
});
const merit = competitionEntry({
  id: 'P-MERIT',
  // The booklet prints no summary for a Certificate of Merit, even where the practice has one.
  summary: 'In developing e-services, the vision of the SSO is to minimize in-person visits.',
});
const attestation = competitionEntry({
  id: 'P-ATTESTATION',
  slug: 'outsourcing-insurance-services',
  title: 'Outsourcing insurance services',
  outcome: 'ATTESTATION',
  priorityAreas: [serviceQuality],
});

function competition(
  nodes: ReturnType<typeof competitionEntry>[],
  page: { hasNextPage: boolean; endCursor: string | null } = {
    hasNextPage: false,
    endCursor: null,
  },
): Competition {
  return {
    __typename: 'Competition',
    id: 'K-AP2018',
    slug: 'asia-and-the-pacific-2018',
    title: 'Asia and the Pacific 2018',
    region: 'ASIA_PACIFIC',
    year: 2018,
    triennium: '2017–2019',
    forumName: 'Regional Social Security Forum for Asia and the Pacific',
    introduction: 'The identification and sharing of good practices helps.',
    juryIntroduction: 'For the 2017–2019 triennium, the Jury is composed of three members.',
    jury: [
      {
        __typename: 'JuryMember',
        name: null,
        description:
          'Chairperson of the Editorial Board of the International Social Security Review',
      },
    ],
    resultsSentence:
      'There were 4 entries from 3 organizations in 3 countries. The Jury decided to give the Award to the National Pension Service, Republic of Korea, for One-stop service through four social insurance information systems. The Jury also gave 2 Certificates of Merit, 1 of which received a special mention.',
    priorityAreas: [ict, goodGovernance, serviceQuality],
    stats: {
      __typename: 'CompetitionStats',
      entries: 4,
      institutions: 3,
      countries: 3,
      awards: 1,
      certificatesOfMerit: 2,
      specialMentions: 1,
      attestations: 1,
    },
    entries: {
      __typename: 'PracticeConnection',
      totalCount: 4,
      pageInfo: pageInfo(page.hasNextPage, page.endCursor),
      nodes,
    },
  };
}

function mock(slug: string, value: Competition | null) {
  return {
    request: { query: competitionResultsQuery, variables: { slug, first: 100 } },
    result: { data: { competitionBySlug: value } },
  };
}

describe('the competition page', () => {
  it('shows the results in the order of the booklet', async () => {
    renderRoute('/competitions/asia-and-the-pacific-2018', [
      mock('asia-and-the-pacific-2018', competition([award, mention, merit, attestation])),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Asia and the Pacific 2018' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Results: Asia and the Pacific 2018 · Good Practice Awards');
    expect(screen.getByText(/^There were 4 entries from 3 organizations/)).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Introduction',
      'The Jury',
      'Priority areas 2017–2019',
      'Results',
      'Winning entry (1)',
      'Certificates of Merit with Special Mention from the Jury (1)',
      'Certificates of Merit (1)',
      'Attestations (1)',
    ]);
  });

  it('prints each entry as "Country: Institution", with the Jury\'s texts where the booklet has them', async () => {
    renderRoute('/competitions/asia-and-the-pacific-2018', [
      mock('asia-and-the-pacific-2018', competition([award, mention, merit, attestation])),
    ]);

    const winner = await screen.findByRole('region', { name: 'Winning entry (1)' });
    const awardEntry = within(winner).getByRole('article');
    expect(awardEntry).toHaveTextContent('Republic of Korea: National Pension Service');
    expect(within(awardEntry).getByRole('heading', { level: 3 })).toHaveTextContent(
      'One-stop service through four social insurance information systems',
    );
    // Content stays in the language it was written in, whatever the interface's language.
    expect(within(awardEntry).getByRole('heading', { level: 3 })).toHaveAttribute('lang', 'en');
    expect(
      within(awardEntry).getByRole('link', { name: 'National Pension Service' }).parentElement,
    ).toHaveAttribute('lang', 'en');
    expect(awardEntry).toHaveTextContent(
      'Priority areas: Information and Communication Technology, Service Quality',
    );
    expect(within(awardEntry).getByRole('heading', { name: "Jury's comment" })).toBeInTheDocument();
    expect(awardEntry).toHaveTextContent('This is world class service.');

    const mentions = screen.getByRole('region', {
      name: 'Certificates of Merit with Special Mention from the Jury (1)',
    });
    expect(mentions).toHaveTextContent('China: Ministry of Human Resources and Social Security');
    expect(mentions).toHaveTextContent('Priority area: Good Governance');
    expect(
      within(mentions).getByRole('heading', { name: 'Special mention from the Jury' }),
    ).toBeInTheDocument();

    const meritGroup = screen.getByRole('region', { name: 'Certificates of Merit (1)' });
    expect(meritGroup).toHaveTextContent(
      'Islamic Republic of Iran: Iranian Social Security Organization',
    );
    expect(within(meritGroup).queryByRole('heading', { level: 4 })).not.toBeInTheDocument();
    expect(meritGroup).not.toHaveTextContent('minimize in-person visits');
  });

  it('fetches the pages after the first until every entry is shown', async () => {
    const after: CompetitionMoreEntriesQueryVariables[] = [];
    renderRoute('/competitions/asia-and-the-pacific-2018', [
      mock(
        'asia-and-the-pacific-2018',
        competition([award, mention], { hasNextPage: true, endCursor: 'cursor-2' }),
      ),
      {
        request: {
          query: competitionMoreEntriesQuery,
          variables: (variables: CompetitionMoreEntriesQueryVariables) => {
            after.push(variables);
            return true;
          },
        },
        result: {
          data: {
            competitionBySlug: {
              __typename: 'Competition',
              id: 'K-AP2018',
              entries: {
                __typename: 'PracticeConnection',
                pageInfo: pageInfo(false, 'cursor-4'),
                nodes: [merit, attestation],
              },
            },
          },
        },
      },
    ]);

    expect(
      await screen.findByRole('heading', { level: 3, name: 'Outsourcing insurance services' }),
    ).toBeInTheDocument();
    expect(after).toEqual([{ slug: 'asia-and-the-pacific-2018', first: 100, after: 'cursor-2' }]);
    expect(screen.getAllByRole('article')).toHaveLength(4);
    expect(screen.queryByText('Loading the remaining entries…')).not.toBeInTheDocument();
  });

  it('shows the not-found page for an unknown competition', async () => {
    renderRoute('/competitions/europe-1999', [mock('europe-1999', null)]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that competition' }),
    ).toBeInTheDocument();
  });
});
