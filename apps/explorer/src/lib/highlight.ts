export interface HighlightPart {
  text: string;
  marked: boolean;
}

const MARK = /<mark>([\s\S]*?)<\/mark>/g;

/**
 * Splits a search snippet whose matches are wrapped in <mark>…</mark> into plain strings.
 * Only that exact pair is recognised; any other tag, or an unclosed <mark>, stays literal text.
 */
export function splitHighlight(snippet: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let index = 0;
  for (const match of snippet.matchAll(MARK)) {
    if (match.index > index) parts.push({ text: snippet.slice(index, match.index), marked: false });
    if (match[1]) parts.push({ text: match[1], marked: true });
    index = match.index + match[0].length;
  }
  if (index < snippet.length) parts.push({ text: snippet.slice(index), marked: false });
  return parts;
}
