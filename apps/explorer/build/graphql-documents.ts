import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin } from 'vite';

const PREFIX = 'virtual:gpa-document/';
const RESOLVED = `\0${PREFIX}`;

/**
 * Replaces each `graphql(`…`)` call with an import of the one document it defines, as the
 * client preset's Babel plugin does, and gives every document a module of its own.
 *
 * Without the first step the preset's `graphql()` looks documents up in a map that holds every
 * operation of the app. Without the second, the documents would be imported from
 * src/generated/graphql.ts: a bundler places a module in one chunk, and the entry chunk is the
 * only one every page reaches, so the home page's download carried every page's query ASTs.
 * The documents codegen writes are self-contained (fragments are inlined), so each module is
 * the JSON codegen already printed, and lands in the chunk of the page that uses it.
 */
export function graphqlDocuments(generatedDir: string): Plugin {
  const generatedFile = path.join(generatedDir, 'graphql.ts');
  let documents: Map<string, string> | null = null;

  const document = (name: string): string => {
    documents ??= parseDocuments(readFileSync(generatedFile, 'utf8'));
    const json = documents.get(name);
    if (json === undefined) {
      throw new Error(
        `${name} is not in ${generatedFile}; run \`pnpm --filter @gpa/explorer codegen\``,
      );
    }
    return json;
  };

  return {
    name: 'gpa-graphql-documents',
    enforce: 'pre',
    buildStart() {
      documents = null;
    },
    watchChange(id) {
      if (id === generatedFile) documents = null;
    },
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      this.addWatchFile(generatedFile);
      return { code: `export default ${document(id.slice(RESOLVED.length))};\n`, map: null };
    },
    transform(code, id) {
      if (!/\.(ts|tsx)$/.test(id) || id.startsWith(generatedDir) || !code.includes('graphql(`'))
        return null;
      const imports = new Map<string, string>();
      const out = code.replace(/\bgraphql\(\s*`([\s\S]*?)`\s*\)/g, (call, source: string) => {
        const definition = /^\s*(query|mutation|subscription|fragment)\s+(\w+)/m.exec(source);
        if (!definition) return call;
        const [, kind, name] = definition;
        const exported = kind === 'fragment' ? `${name}FragmentDoc` : `${name}Document`;
        const local = `__gql_${exported}`;
        imports.set(exported, local);
        return local;
      });
      if (imports.size === 0) return null;
      const lines = [...imports].map(
        ([exported, local]) => `import ${local} from '${PREFIX}${exported}';`,
      );
      // The `graphql` import may now be unused; the bundler drops it.
      return { code: `${lines.join('\n')}\n${out}`, map: null };
    },
  };
}

/** `export const XDocument = {…} as unknown as DocumentNode<…>;`, one per line, as codegen writes them. */
export function parseDocuments(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of source.matchAll(
    /^export const (\w+(?:Document|FragmentDoc)) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm,
  )) {
    found.set(m[1], m[2]);
  }
  return found;
}
