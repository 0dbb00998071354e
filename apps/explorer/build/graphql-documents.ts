import path from 'node:path';
import { type Plugin } from 'vite';

/**
 * Replaces each `graphql(`…`)` call with an import of the one document it defines from
 * src/generated/graphql.ts, as the client preset's Babel plugin does. Without it, the preset's
 * `graphql()` looks documents up in a map that holds every operation of the app, so the first
 * page's download carried the ASTs of every other page's queries.
 */
export function graphqlDocuments(generatedDir: string): Plugin {
  const generated = path.join(generatedDir, 'graphql');
  return {
    name: 'gpa-graphql-documents',
    enforce: 'pre',
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
      let relative = path.relative(path.dirname(id), generated).split(path.sep).join('/');
      if (!relative.startsWith('.')) relative = `./${relative}`;
      const specifiers = [...imports].map(([exported, local]) => `${exported} as ${local}`);
      // The `graphql` import may now be unused; the bundler drops it.
      return { code: `import { ${specifiers.join(', ')} } from '${relative}';\n${out}`, map: null };
    },
  };
}
