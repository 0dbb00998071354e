import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { type PracticeQuery } from '../../../../generated/graphql';
import { asia2018, ict, iran, korea, nps, serviceQuality, sso } from '../../../../test/fixtures';
import { i18n } from '../../../../i18n/i18n';
import { renderRoute } from '../../../../test/render-route';
import { practiceQuery } from '../../api/practice.query';
import { relatedPracticesQuery } from '../../api/related-practices.query';

type Practice = NonNullable<PracticeQuery['practice']>;

function practice(overrides: Partial<Practice> = {}): Practice {
  return {
    __typename: 'Practice',
    id: 'P-1',
    slug: 'comprehensive-e-services-more-effective-more-reliable',
    title: 'Comprehensive e-services: More effective, more reliable',
    outcome: 'CERTIFICATE_OF_MERIT',
    juryComment: null,
    summary:
      'In developing e-services, the vision of the SSO is to minimize in-person visits.\n\nAll the e-services have been highly welcomed.',
    inOperationSince: 2015,
    institution: { ...sso, acronym: 'SSO' },
    country: iran,
    priorityAreas: [ict, serviceQuality],
    competition: asia2018,
    figures: [],
    sections: [
      {
        __typename: 'PracticeSection',
        key: 'issue',
        heading: 'The issue or challenge',
        body: 'Issues and challenges:\n\n- Large number of in-person visits.\n- Paper wasting.',
      },
      {
        __typename: 'PracticeSection',
        key: 'lessons',
        heading: 'Lessons learned',
        body: 'Three factors:\n\n- Good team work.\n\nThree risk factors:\n\n- Infrastructure requirements.',
      },
    ],
    ...overrides,
  };
}

function mock(slug: string, value: Practice | null) {
  return {
    request: { query: practiceQuery, variables: { slug } },
    result: { data: { practice: value } },
  };
}

describe('the practice page', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('shows the practice with its facts, summary and every section', async () => {
    const p = practice();
    renderRoute(`/practices/${p.slug}`, [mock(p.slug, p)]);

    expect(await screen.findByRole('heading', { level: 1, name: p.title })).toBeInTheDocument();
    expect(document.title).toBe(`${p.title} · Good Practice Awards`);
    expect(
      screen.getByRole('link', { name: 'Iranian Social Security Organization' }),
    ).toHaveAttribute('href', '/institutions/iranian-social-security-organization');
    expect(screen.getByRole('link', { name: 'Islamic Republic of Iran' })).toHaveAttribute(
      'href',
      '/countries/IR',
    );
    expect(screen.getByRole('link', { name: 'Service Quality' })).toHaveAttribute(
      'href',
      '/priority-areas/service-quality',
    );
    expect(screen.getByRole('link', { name: 'Asia and the Pacific 2018' })).toHaveAttribute(
      'href',
      '/competitions/asia-and-the-pacific-2018',
    );
    expect(screen.getByText('In operation since').nextElementSibling).toHaveTextContent('2015');
    expect(screen.getByText('Certificate of Merit')).toHaveClass('badge');

    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(within(summary).getAllByText(/e-services/)).toHaveLength(2);

    const issue = screen.getByRole('region', { name: 'The issue or challenge' });
    expect(
      within(issue)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Large number of in-person visits.', 'Paper wasting.']);
    const lessons = screen.getByRole('region', { name: 'Lessons learned' });
    expect(within(lessons).getByText('Three risk factors:')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Jury/ })).not.toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Practice sheet (PDF)' })).toHaveAttribute(
      'href',
      `/documents/practices/${p.slug}/sheet.pdf`,
    );
  });

  it('labels the Award’s jury text "Jury\'s comment"', async () => {
    const p = practice({
      slug: 'one-stop-service-through-four-social-insurance-information-systems',
      title: 'One-stop service through four social insurance information systems',
      outcome: 'AWARD',
      juryComment: 'This is world class service.',
      institution: { ...nps, acronym: 'NPS' },
      country: korea,
    });
    renderRoute(`/practices/${p.slug}`, [mock(p.slug, p)]);

    const jury = await screen.findByRole('region', { name: "Jury's comment" });
    expect(jury).toHaveTextContent('This is world class service.');
    expect(screen.getByText('Award')).toHaveClass('badge--award');
  });

  it('labels a special mention "Special mention from the Jury"', async () => {
    const p = practice({
      outcome: 'CERTIFICATE_OF_MERIT_WITH_SPECIAL_MENTION',
      juryComment: 'This is a laudable project.',
    });
    renderRoute(`/practices/${p.slug}`, [mock(p.slug, p)]);

    const jury = await screen.findByRole('region', { name: 'Special mention from the Jury' });
    expect(jury).toHaveTextContent('This is a laudable project.');
    expect(screen.getByText('Certificate of Merit with Special Mention from the Jury')).toHaveClass(
      'badge--mention',
    );
  });

  it('shows the not-found page for a practice the API does not return', async () => {
    renderRoute('/practices/no-such-practice', [mock('no-such-practice', null)]);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not find that practice' }),
    ).toBeInTheDocument();
    expect(document.title).toBe('Not found · Good Practice Awards');
  });

  it('draws the before/after figures with a table of the same figures', async () => {
    const p = practice({
      sections: [
        {
          __typename: 'PracticeSection',
          key: 'evaluation',
          heading: 'Evaluating the results',
          body: '- Average reduction in processing time of claims: from 60 to 5 min.',
        },
      ],
      figures: [
        {
          __typename: 'PracticeFigure',
          group: 'Startup app',
          label: 'Average reduction in processing time of claims',
          value: null,
          before: 60,
          after: 5,
          unit: 'min',
        },
        {
          __typename: 'PracticeFigure',
          group: 'Startup app',
          label: 'Satisfaction',
          value: '97 per cent',
          before: null,
          after: null,
          unit: null,
        },
      ],
    });
    renderRoute(`/practices/${p.slug}`, [mock(p.slug, p)]);

    const figure = await screen.findByRole('figure', { name: 'Results in figures' });
    // Inside the section it illustrates.
    expect(screen.getByRole('region', { name: 'Evaluating the results' })).toContainElement(figure);
    const table = within(figure).getByRole('table');
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'MeasureBeforeAfterChange',
      'Average reduction in processing time of claims60 min5 min-91.7%',
    ]);
    // The drawing repeats the table for the eye only.
    expect(figure.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('gives a permanent link, a citation line and related practices', async () => {
    const p = practice();
    const related = (id: string, slug: string, title: string) => ({
      __typename: 'Practice' as const,
      id,
      slug,
      title,
      outcome: 'ATTESTATION' as const,
      institution: { __typename: 'Institution' as const, id: 'I-1', name: sso.name },
      country: { __typename: 'Country' as const, id: 'C-IR', name: iran.name },
    });
    renderRoute(`/practices/${p.slug}`, [
      mock(p.slug, p),
      {
        request: {
          query: relatedPracticesQuery,
          variables: {
            areas: ['information-and-communication-technology', 'service-quality'],
            institution: 'iranian-social-security-organization',
          },
        },
        result: {
          data: {
            sameArea: {
              __typename: 'PracticeConnection',
              nodes: [
                related('P-1', p.slug, p.title),
                related(
                  'P-7',
                  'social-security-smart-mobile-application',
                  'Social security smart mobile application',
                ),
              ],
            },
            sameInstitution: {
              __typename: 'PracticeConnection',
              nodes: [
                related(
                  'P-8',
                  'social-security-mobile-services',
                  'Social security mobile services',
                ),
              ],
            },
          },
        },
      },
    ]);

    const cite = await screen.findByRole('region', { name: 'Cite and share' });
    const permalink = `${window.location.origin}/practices/${p.slug}`;
    expect(within(cite).getByRole('link', { name: permalink })).toHaveAttribute('href', permalink);
    expect(cite).toHaveTextContent(
      `Iranian Social Security Organization (Islamic Republic of Iran). “${p.title}”. Good Practice Awards, Asia and the Pacific 2018. ${permalink} (accessed`,
    );
    const relatedSection = await screen.findByRole('region', { name: 'Related practices' });
    // The practice itself is never its own relative.
    expect(
      within(relatedSection)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Social security smart mobile application', 'Social security mobile services']);
  });

  it('marks the practice’s own text as English when the interface is French', async () => {
    const p = practice({ juryComment: 'An outstanding practice.' });
    renderRoute(`/practices/${p.slug}?lang=fr`, [mock(p.slug, p)]);

    // The French catalogue arrives after the page may have shown its data.
    const summary = await screen.findByRole('region', { name: 'Résumé' });
    expect(document.documentElement.lang).toBe('fr');
    const title = screen.getByRole('heading', { level: 1, name: p.title });
    expect(title).toHaveAttribute('lang', 'en');
    // Interface words are French (no lang of their own); headings and texts from the
    // database are English.
    expect(within(summary).getByRole('heading', { name: 'Résumé' })).not.toHaveAttribute('lang');
    expect(
      within(summary)
        .getByText(/minimize in-person visits/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('heading', { level: 2, name: 'Lessons learned' })).toHaveAttribute(
      'lang',
      'en',
    );
    expect(screen.getByText('An outstanding practice.').closest('[lang]')).toHaveAttribute(
      'lang',
      'en',
    );
    expect(
      screen.getByRole('link', { name: 'Iranian Social Security Organization' }).closest('[lang]'),
    ).toHaveAttribute('lang', 'en');
  });
});
