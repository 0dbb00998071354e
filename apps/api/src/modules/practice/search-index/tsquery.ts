/**
 * The text form of a PostgreSQL tsquery, as `websearch_to_tsquery('english', …)::text` prints
 * it ('mobil' & 'app', 'a' | !'b', 'mobil' <-> 'app', ( 'a' | 'b' ) & 'c'), parsed into a tree
 * the in-memory index can evaluate. PostgreSQL does the stemming and the web-style syntax; this
 * only reads its answer.
 */
export type TsQuery =
  | { kind: 'term'; lexeme: string }
  | { kind: 'not'; child: TsQuery }
  | { kind: 'and' | 'or'; children: TsQuery[] }
  /** Words in sequence (`<->`, `<N>`): needs positions, which the index does not keep. */
  | { kind: 'phrase'; children: TsQuery[] };

export class UnsupportedTsQuery extends Error {}

/** Parses a tsquery's text; null for the empty query (only stop words). */
export function parseTsQuery(text: string): TsQuery | null {
  let i = 0;
  const skip = () => {
    while (text[i] === ' ') i += 1;
  };
  const fail = (what: string): never => {
    throw new UnsupportedTsQuery(`${what} at ${i} in ${text}`);
  };

  const operand = (): TsQuery => {
    skip();
    if (text[i] === '!') {
      i += 1;
      return { kind: 'not', child: operand() };
    }
    if (text[i] === '(') {
      i += 1;
      const inner = or();
      skip();
      if (text[i] !== ')') fail('expected )');
      i += 1;
      return inner;
    }
    if (text[i] !== "'") fail('expected a lexeme');
    i += 1;
    let lexeme = '';
    for (;;) {
      const c = text[i];
      if (c === undefined) fail('unterminated lexeme');
      if (c === "'" && text[i + 1] === "'") {
        lexeme += "'";
        i += 2;
      } else if (c === "'") {
        i += 1;
        break;
      } else if (c === '\\') {
        lexeme += text[i + 1] ?? '';
        i += 2;
      } else {
        lexeme += c;
        i += 1;
      }
    }
    // Prefix (:*) and weight (:AB) marks: websearch_to_tsquery never writes them.
    if (text[i] === ':') fail('lexeme with a prefix or weight mark');
    return { kind: 'term', lexeme };
  };

  const phrase = (): TsQuery => {
    const children = [operand()];
    for (;;) {
      skip();
      const m = /^<(-|\d+)>/.exec(text.slice(i, i + 12));
      if (!m) break;
      i += m[0].length;
      children.push(operand());
    }
    return children.length === 1 ? children[0]! : { kind: 'phrase', children };
  };

  const and = (): TsQuery => {
    const children = [phrase()];
    for (skip(); text[i] === '&'; skip()) {
      i += 1;
      children.push(phrase());
    }
    return children.length === 1 ? children[0]! : { kind: 'and', children };
  };

  function or(): TsQuery {
    const children = [and()];
    for (skip(); text[i] === '|'; skip()) {
      i += 1;
      children.push(and());
    }
    return children.length === 1 ? children[0]! : { kind: 'or', children };
  }

  skip();
  if (i >= text.length) return null;
  const tree = or();
  skip();
  if (i < text.length) fail('unexpected text');
  return tree;
}

/** Whether the query has a phrase anywhere (the index then asks PostgreSQL for the match set). */
export function hasPhrase(q: TsQuery): boolean {
  switch (q.kind) {
    case 'term':
      return false;
    case 'phrase':
      return true;
    case 'not':
      return hasPhrase(q.child);
    default:
      return q.children.some(hasPhrase);
  }
}

/** The lexemes that count for ranking: every term not under a negation. */
export function positiveLexemes(q: TsQuery, into = new Set<string>()): Set<string> {
  switch (q.kind) {
    case 'term':
      into.add(q.lexeme);
      break;
    case 'not':
      break;
    default:
      for (const child of q.children) positiveLexemes(child, into);
  }
  return into;
}
