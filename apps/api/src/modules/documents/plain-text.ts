import { html, type SafeHtml } from './html.js';

/**
 * The project's plain-text format as HTML: paragraphs separated by a blank line, "- " bullets
 * indented two spaces per level. Parsed into blocks first so that the markup is produced only
 * by the `html` helper, never by string concatenation.
 */
type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: ListItem[] };
interface ListItem {
  text: string;
  children: ListItem[];
}

const BULLET = /^( *)-\s+(.*)$/;

export function parsePlainText(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  // The open list and, per nesting level, the list that items of that level go into.
  let levels: ListItem[][] | null = null;

  const closeParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join(' ') });
    paragraph = [];
  };
  const closeList = () => (levels = null);

  for (const rawLine of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trimEnd();
    if (!line.trim()) {
      closeParagraph();
      closeList();
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      closeParagraph();
      if (!levels) {
        const items: ListItem[] = [];
        blocks.push({ kind: 'list', items });
        levels = [items];
      }
      // A jump of more than one level is a typing slip; nest it one level deeper only.
      const wanted = Math.floor(bullet[1]!.length / 2);
      const level = Math.min(wanted, levels.length - 1 + (levels.at(-1)!.length ? 1 : 0));
      if (level === levels.length) levels.push(levels[level - 1]!.at(-1)!.children);
      levels.length = level + 1;
      levels[level]!.push({ text: bullet[2]!.trim(), children: [] });
      continue;
    }
    const last = levels?.at(-1)?.at(-1);
    if (levels && last && /^\s/.test(line)) {
      // An indented line under a bullet continues that bullet.
      last.text += ` ${line.trim()}`;
      continue;
    }
    closeList();
    paragraph.push(line.trim());
  }
  closeParagraph();
  return blocks;
}

function renderList(items: ListItem[]): SafeHtml {
  return html`<ul>
    ${items.map(
      (item) => html`<li>${item.text}${item.children.length ? renderList(item.children) : ''}</li>`,
    )}
  </ul>`;
}

/**
 * Renders plain text. `lead` is a bold label run into the first paragraph, as the booklet prints
 * "Summary:" and "Jury’s comment:"; when the text opens with a list the label stands alone.
 */
export function plainTextHtml(text: string | null | undefined, lead?: string): SafeHtml {
  const blocks = parsePlainText(text ?? '');
  const label = lead ? html`<strong class="lead">${lead}</strong> ` : '';
  const leadAlone = lead && blocks[0]?.kind !== 'paragraph' ? html`<p>${label}</p>` : '';
  return html`${leadAlone}${blocks.map((block, i) =>
    block.kind === 'paragraph'
      ? html`<p>${i === 0 ? label : ''}${block.text}</p>`
      : renderList(block.items),
  )}`;
}
