import { ApolloProvider, useApolloClient } from '@apollo/client/react';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { Link } from 'react-router';
import { NotFound } from '../../../components/not-found';
import { PageTitle } from '../../../components/page-title';
import { paths } from '../../../lib/paths';
import { createPreviewClient } from '../api/competition-preview.link';
import './competition-preview.css';

/** Where staff sign in: the console, served by the same process (a plain link, not the router). */
const CONSOLE_SIGN_IN = '/console/sign-in';

/** The API's refusals of a preview that the page explains, each by its stable code. */
const REFUSALS = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'] as const;
export type PreviewRefusal = (typeof REFUSALS)[number];

export const isPreviewRefusal = (code: string | null): code is PreviewRefusal =>
  (REFUSALS as readonly (string | null)[]).includes(code);

/**
 * Everything inside asks the API through the preview (see competition-preview.link.ts), with a
 * cache of its own; search engines are told not to index the address.
 */
export function PreviewProvider({
  competitionId,
  children,
}: {
  competitionId: string;
  children: ReactNode;
}) {
  const app = useApolloClient();
  const client = useMemo(() => createPreviewClient(app.link, competitionId), [app, competitionId]);
  return (
    <ApolloProvider client={client}>
      <meta name="robots" content="noindex" />
      {children}
    </ApolloProvider>
  );
}

/** Says, above the previewed page, that it is not public yet. */
export function PreviewBanner() {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <div className="preview-banner" role="status" aria-labelledby={titleId}>
      <p>
        <strong id={titleId} className="preview-banner__title">
          {t('competition.preview.banner')}
        </strong>
        {t('competition.preview.bannerText')}
      </p>
    </div>
  );
}

/**
 * A preview the API refused: the not-found page for an unknown competition, a sign-in or
 * forbidden page otherwise, each with the API's code. Never anything of the results.
 */
export function PreviewUnavailable({ code }: { code: PreviewRefusal }) {
  const { t } = useTranslation();
  const codeLine = (
    <p className="muted preview-code" data-error-code={code}>
      {t('competition.preview.code', { code })}
    </p>
  );
  if (code === 'NOT_FOUND') {
    return (
      <>
        <NotFound what="competition" />
        {codeLine}
      </>
    );
  }
  const signedOut = code === 'UNAUTHENTICATED';
  const heading = signedOut
    ? t('competition.preview.unauthenticatedHeading')
    : t('competition.preview.forbiddenHeading');
  return (
    <div className="page narrow">
      <PageTitle title={heading} />
      <h1>{heading}</h1>
      <p>
        {signedOut
          ? t('competition.preview.unauthenticatedText')
          : t('competition.preview.forbiddenText')}
      </p>
      <p className="actions">
        {signedOut && (
          <a className="button" href={CONSOLE_SIGN_IN}>
            {t('competition.preview.signIn')}
          </a>
        )}
        <Link to={paths.home.to()}>{t('notFound.home')}</Link>
      </p>
      {codeLine}
    </div>
  );
}
