import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  type CompetitionPreviewQueryVariables,
  type CompetitionResultsQuery,
} from '../../../../generated/graphql';
import { competitionEntry, korea, nps, pageInfo } from '../../../../test/fixtures';
import { renderRoute } from '../../../../test/render-route';
import { competitionPreviewQuery } from '../../api/competition-preview.link';
import { competitionResultsQuery } from '../../api/competition-results.query';

type Competition = NonNullable<CompetitionResultsQuery['competitionBySlug']>;

const ID = 'Q29tcGV0aXRpb246MQ';
const SLUG = 'europe-2037';

const winner = competitionEntry({
  id: 'P-WIN',
  slug: 'quokka-pensions',
  title: 'Quokka pensions',
  outcome: 'AWARD',
  summary: 'Pensions for everyone.',
  juryComment: 'A model for the region.',
  institution: nps,
  country: korea,
});

const europe2037: Competition = {
  __typename: 'Competition',
  id: ID,
  slug: SLUG,
  title: 'Europe 2037',
  region: 'EUROPE',
  year: 2037,
  triennium: '2035–2037',
  forumName: null,
  introduction: '',
  juryIntroduction: '',
  jury: [],
  resultsSentence: 'There were 1 entries from 1 organization in 1 country.',
  priorityAreas: [],
  stats: {
    __typename: 'CompetitionStats',
    entries: 1,
    institutions: 1,
    countries: 1,
    awards: 1,
    certificatesOfMerit: 0,
    specialMentions: 0,
    attestations: 0,
  },
  entries: {
    __typename: 'PracticeConnection',
    totalCount: 1,
    pageInfo: pageInfo(false, null),
    nodes: [winner],
  },
};

/** The API's answer to the preview, recording what the page sent. */
function previewMock(
  answer: { data: Competition | null } | { code: string },
  sent: CompetitionPreviewQueryVariables[] = [],
) {
  return {
    request: {
      query: competitionPreviewQuery,
      variables: (variables: CompetitionPreviewQueryVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result:
      'code' in answer
        ? { errors: [new GraphQLError('Refused.', { extensions: { code: answer.code } })] }
        : { data: { competitionPreview: { competitionBySlug: answer.data } } },
  };
}

const robots = () => document.head.querySelector('meta[name="robots"]')?.getAttribute('content');

describe("the preview of a competition's results", () => {
  it('sends the public page its own query through the preview and shows the answer under a banner', async () => {
    const sent: CompetitionPreviewQueryVariables[] = [];
    renderRoute(`/competitions/${SLUG}?preview=${ID}`, [previewMock({ data: europe2037 }, sent)]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Europe 2037' })).toBeVisible();
    const banner = screen.getByRole('status', { name: 'Preview — not published' });
    expect(banner).toHaveTextContent('exactly what the public will see');
    const group = screen.getByRole('region', { name: 'Winning entry (1)' });
    expect(within(group).getByRole('heading', { level: 3 })).toHaveTextContent('Quokka pensions');
    expect(group).toHaveTextContent('A model for the region.');
    expect(robots()).toBe('noindex');

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ id: ID, variables: { slug: SLUG, first: 100 } });
    // The page's own document, fragment and all, not a copy kept elsewhere.
    expect(sent[0]!.query).toMatch(/^query CompetitionResults\(\$slug: String!, \$first: Int!\)/);
    expect(sent[0]!.query).toContain('fragment CompetitionEntry on Practice');
  });

  it.each([
    ['UNAUTHENTICATED', 'Sign in to see this preview'],
    ['FORBIDDEN', 'This preview is for the secretariat'],
    ['NOT_FOUND', 'We could not find that competition'],
  ])('answers %s with its page and code, and nothing of the results', async (code, heading) => {
    renderRoute(`/competitions/${SLUG}?preview=${ID}`, [previewMock({ code })]);

    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeVisible();
    expect(screen.getByText(`Error code: ${code}`)).toBeVisible();
    expect(screen.queryByRole('status', { name: 'Preview — not published' })).toBeNull();
    expect(screen.queryByText('Quokka pensions')).toBeNull();
    expect(robots()).toBe('noindex');
  });

  it('shows only the competition the preview names, not another one at that slug', async () => {
    renderRoute(`/competitions/${SLUG}?preview=${ID}`, [
      previewMock({ data: { ...europe2037, id: 'another-competition' } }),
    ]);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that competition' }),
    ).toBeVisible();
    expect(screen.getByText('Error code: NOT_FOUND')).toBeVisible();
    expect(screen.queryByText('Quokka pensions')).toBeNull();
  });

  it('leaves the public page as it was: no banner, indexable', async () => {
    renderRoute(`/competitions/${SLUG}`, [
      {
        request: { query: competitionResultsQuery, variables: { slug: SLUG, first: 100 } },
        result: { data: { competitionBySlug: europe2037 } },
      },
    ]);

    expect(await screen.findByRole('heading', { level: 1, name: 'Europe 2037' })).toBeVisible();
    expect(screen.queryByRole('status', { name: 'Preview — not published' })).toBeNull();
    expect(robots()).toBeUndefined();
  });
});
