import { splitHighlight } from '../lib/highlight';

/** A search snippet with its <mark>…</mark> matches rendered as elements, never as HTML. */
export function Highlight({ snippet }: { snippet: string }) {
  return (
    <>
      {splitHighlight(snippet).map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  );
}
