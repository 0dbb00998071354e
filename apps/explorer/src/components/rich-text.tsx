import { CONTENT_LANGUAGE } from '../i18n/i18n';
import { parseRichText, type RichTextListItem } from '../lib/rich-text';

function Items({ items }: { items: RichTextListItem[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          {item.text}
          {item.children.length > 0 && <Items items={item.children} />}
        </li>
      ))}
    </ul>
  );
}

/**
 * Renders the plain-text format of summaries and sections (blank-line paragraphs, "- "
 * bullets nested by two spaces). Text is only ever rendered as React text nodes. It is
 * always content, in the content's language.
 */
export function RichText({
  text,
  className,
}: {
  text: string | null | undefined;
  className?: string;
}) {
  const blocks = parseRichText(text);
  if (blocks.length === 0) return null;
  return (
    <div className={className ? `rich-text ${className}` : 'rich-text'} lang={CONTENT_LANGUAGE}>
      {blocks.map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>{block.text}</p>
        ) : (
          <Items key={i} items={block.items} />
        ),
      )}
    </div>
  );
}
