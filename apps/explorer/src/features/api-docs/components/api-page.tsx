import { Component, lazy, Suspense, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '../../../i18n/use-translation';
import { PageTitle } from '../../../components/page-title';
import { serverPaths } from '../../../lib/paths';
import { API_EXAMPLES, type ApiExample } from './examples';

const GraphqlIde = lazy(() => import('./graphql-ide'));

class IdeBoundary extends Component<
  { fallback: ReactNode; children: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className="button button--small"
      aria-label={label}
      onClick={() => void navigator.clipboard?.writeText(text).then(() => setCopied(true))}
    >
      {copied ? t('api.copied') : t('api.copy')}
    </button>
  );
}

function curlFor(origin: string, example: ApiExample): string {
  const body = JSON.stringify({
    query: example.query.replace(/\s+/g, ' '),
    variables: example.variables,
  });
  return `curl -s ${origin}${serverPaths.graphql} \\\n  -H 'content-type: application/json' \\\n  -d '${body.replace(/'/g, "'\\''")}'`;
}

/** /api: how to query the public API, copyable examples, and GraphiQL to try them. */
export function ApiPage() {
  const { t } = useTranslation();
  const origin = window.location.origin;
  const [ide, setIde] = useState({ key: 0, example: API_EXAMPLES[0]! });
  const ideLabels = useMemo(
    () => ({
      query: t('api.ideQuery'),
      variables: t('api.ideVariables'),
      response: t('api.ideResponse'),
    }),
    [t],
  );

  const openInIde = (example: ApiExample) => {
    setIde((current) => ({ key: current.key + 1, example }));
    document.getElementById('ide-title')?.scrollIntoView({ block: 'start' });
    document.getElementById('ide-title')?.focus();
  };

  return (
    <div className="page api-docs">
      <PageTitle title={t('api.title')} description={t('api.description')} />
      <h1>{t('api.title')}</h1>
      <p className="lede">{t('api.lede')}</p>

      <section aria-labelledby="endpoint-title">
        <h2 id="endpoint-title">{t('api.endpointTitle')}</h2>
        <p>{t('api.endpointText')}</p>
        <p className="endpoint">
          <code>
            POST {origin}
            {serverPaths.graphql}
          </code>{' '}
          <CopyButton
            text={`${origin}${serverPaths.graphql}`}
            label={`${t('api.copy')}: ${t('api.endpointTitle')}`}
          />
        </p>
        <h3>{t('api.rulesTitle')}</h3>
        <ul>
          <li>{t('api.rule1')}</li>
          <li>{t('api.rule2')}</li>
          <li>{t('api.rule3')}</li>
          <li>{t('api.rule4')}</li>
        </ul>
      </section>

      <section aria-labelledby="examples-title">
        <h2 id="examples-title">{t('api.examplesTitle')}</h2>
        {API_EXAMPLES.map((example) => {
          const name = t(`api.examples.${example.id}`);
          const variables = JSON.stringify(example.variables, null, 2);
          return (
            <article key={example.id} className="example" aria-labelledby={`example-${example.id}`}>
              <h3 id={`example-${example.id}`}>{name}</h3>
              <pre className="code" tabIndex={0} aria-label={name}>
                <code>{example.query}</code>
              </pre>
              <pre className="code code--vars" tabIndex={0} aria-label={`${name}: variables`}>
                <code>{variables}</code>
              </pre>
              <p className="example__actions">
                <CopyButton text={example.query} label={t('api.copyLabel', { name })} />
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => openInIde(example)}
                >
                  {t('api.tryIt')}
                </button>
              </p>
              <details>
                <summary>{t('api.curl')}</summary>
                <pre className="code" tabIndex={0} aria-label={`${name}: curl`}>
                  <code>{curlFor(origin, example)}</code>
                </pre>
              </details>
            </article>
          );
        })}
      </section>

      <section aria-labelledby="ide-title" className="no-print">
        <h2 id="ide-title" tabIndex={-1}>
          {t('api.ideTitle')}
        </h2>
        <p>{t('api.ideText')}</p>
        <IdeBoundary fallback={<p className="alert">{t('api.ideFailed')}</p>}>
          <Suspense fallback={<p className="ide ide--loading">{t('api.ideLoading')}</p>}>
            <GraphqlIde
              key={ide.key}
              labels={ideLabels}
              query={ide.example.query}
              variables={JSON.stringify(ide.example.variables, null, 2)}
            />
          </Suspense>
        </IdeBoundary>
      </section>
    </div>
  );
}
