import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DocumentNode, print } from 'graphql';

/** The explorer's operations as its codegen wrote them (kept current by `pnpm schema:check`). */
const GENERATED = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../explorer/src/generated/graphql.ts',
);

let documents: Map<string, DocumentNode> | null = null;

/**
 * The text of one of the explorer's operations (`CompetitionResults`…), fragments included,
 * exactly as the explorer sends it: the preview must answer the page's own query, not a copy.
 */
export function explorerOperation(name: string): string {
  documents ??= new Map(
    [
      ...readFileSync(GENERATED, 'utf8').matchAll(
        /^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
      ),
    ].map((m) => [m[1]!, JSON.parse(m[2]!) as DocumentNode]),
  );
  const document = documents.get(name);
  if (!document) throw new Error(`The explorer has no operation ${name} in ${GENERATED}`);
  return print(document);
}
