/**
 * The plain-text format of summaries and section bodies: paragraphs are separated by a blank
 * line, and a line beginning "- " is a bullet, nested by two spaces of indentation per level.
 * Parsing yields a tree of plain strings; nothing in the text is ever treated as markup.
 */
export interface RichTextListItem {
  text: string;
  children: RichTextListItem[];
}

export type RichTextBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; items: RichTextListItem[] };

const BULLET = /^( *)- (.*)$/;

interface Line {
  indent: number;
  text: string;
}

function splitBlocks(source: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const raw of source.replace(/\r\n?/g, '\n').replace(/\t/g, '  ').split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Builds the nested items of consecutive bullet lines (and their continuation lines). */
function buildList(lines: Line[], into: RichTextListItem[]): void {
  // stack[d] is the list that receives items at depth d.
  const stack: RichTextListItem[][] = [into];
  for (const line of lines) {
    const bullet = BULLET.exec(' '.repeat(line.indent) + line.text);
    if (!bullet) {
      // A continuation of the previous item's text, however it is indented.
      const list = stack[stack.length - 1]!;
      const last = list[list.length - 1];
      if (last) last.text = `${last.text}\n${line.text}`;
      continue;
    }
    const wanted = Math.floor(bullet[1]!.length / 2);
    // A bullet can go at most one level deeper than the one before it.
    const depth = Math.min(wanted, stack.length - 1 + (lastItem(stack) ? 1 : 0));
    while (stack.length - 1 > depth) stack.pop();
    if (stack.length - 1 < depth) {
      const parent = lastItem(stack)!;
      stack.push(parent.children);
    }
    stack[stack.length - 1]!.push({ text: bullet[2]!.trim(), children: [] });
  }
}

function lastItem(stack: RichTextListItem[][]): RichTextListItem | undefined {
  const list = stack[stack.length - 1]!;
  return list[list.length - 1];
}

export function parseRichText(source: string | null | undefined): RichTextBlock[] {
  if (!source) return [];
  const result: RichTextBlock[] = [];
  for (const block of splitBlocks(source)) {
    let paragraph: string[] = [];
    let bullets: Line[] = [];
    const flushParagraph = () => {
      if (paragraph.length > 0) result.push({ kind: 'paragraph', text: paragraph.join('\n') });
      paragraph = [];
    };
    const flushList = () => {
      if (bullets.length === 0) return;
      // A blank line between bullets does not end the list: join it to the list before.
      const previous = result[result.length - 1];
      const target = previous?.kind === 'list' ? previous.items : [];
      buildList(bullets, target);
      if (previous?.kind !== 'list') result.push({ kind: 'list', items: target });
      bullets = [];
    };
    for (const line of block) {
      const indent = line.length - line.trimStart().length;
      const isBullet = BULLET.test(line);
      if (isBullet || (bullets.length > 0 && indent > 0)) {
        flushParagraph();
        bullets.push({ indent, text: line.trimStart() });
      } else {
        flushList();
        paragraph.push(line.trim());
      }
    }
    flushList();
    flushParagraph();
  }
  return result;
}
