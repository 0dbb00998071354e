import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { useEffect, useRef } from 'react';
import { serverPaths } from '../../../lib/paths';
import './graphql-ide.css';

type FetcherParams = { query: string; variables?: unknown; operationName?: string | null };

/** Sends the IDE's operations to this site's /graphql, and nowhere else. */
async function fetcher(params: FetcherParams) {
  const response = await fetch(serverPaths.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return response.json() as Promise<Record<string, unknown>>;
}

/** Nothing the visitor types is kept in localStorage between visits. */
const noStorage: Storage = {
  getItem: () => null,
  setItem: () => {},
  removeItem: () => {},
  clear: () => {},
  key: () => null,
  length: 0,
};

/**
 * CodeMirror's hidden text areas have no label and its scroll areas cannot be focused; name
 * each editor after its role and let the keyboard reach the scroll areas.
 */
function labelEditors(
  root: HTMLElement,
  labels: { query: string; variables: string; response: string },
) {
  for (const textarea of root.querySelectorAll<HTMLTextAreaElement>('.CodeMirror textarea')) {
    if (textarea.hasAttribute('aria-label')) continue;
    const label = textarea.closest('.graphiql-query-editor')
      ? labels.query
      : textarea.closest('.graphiql-response')
        ? labels.response
        : labels.variables;
    textarea.setAttribute('aria-label', label);
  }
  for (const scroll of root.querySelectorAll<HTMLElement>('.CodeMirror-scroll[tabindex="-1"]')) {
    scroll.tabIndex = 0;
  }
}

/** GraphiQL, bundled (no CDN), in its own chunk that only /api loads. */
export default function GraphqlIde({
  query,
  variables,
  labels,
}: {
  query: string;
  variables: string;
  labels: { query: string; variables: string; response: string };
}) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    labelEditors(element, labels);
    const observer = new MutationObserver(() => labelEditors(element, labels));
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [labels]);

  return (
    <div className="ide" ref={root}>
      <GraphiQL
        fetcher={fetcher}
        defaultQuery={query}
        query={query}
        variables={variables}
        storage={noStorage}
        forcedTheme="light"
      />
    </div>
  );
}
