import { describe, expect, it } from 'vitest';
import { parseRichText } from '../rich-text';

describe('parseRichText', () => {
  it('keeps one list across a blank line between bullets', () => {
    const blocks = parseRichText('- a\n  - a1\n\n- b');
    expect(blocks).toEqual([
      {
        kind: 'list',
        items: [
          { text: 'a', children: [{ text: 'a1', children: [] }] },
          { text: 'b', children: [] },
        ],
      },
    ]);
  });

  it('splits a paragraph line followed directly by bullets', () => {
    expect(parseRichText('Three factors:\n- Team work.\n- Media.')).toEqual([
      { kind: 'paragraph', text: 'Three factors:' },
      {
        kind: 'list',
        items: [
          { text: 'Team work.', children: [] },
          { text: 'Media.', children: [] },
        ],
      },
    ]);
  });

  it('joins an indented line without a dash to the bullet above it', () => {
    expect(parseRichText('- first line\n  goes on')).toEqual([
      { kind: 'list', items: [{ text: 'first line\ngoes on', children: [] }] },
    ]);
  });

  it('never nests deeper than one level below the previous bullet', () => {
    expect(parseRichText('- a\n      - deep')).toEqual([
      { kind: 'list', items: [{ text: 'a', children: [{ text: 'deep', children: [] }] }] },
    ]);
  });

  it('accepts Windows line ends and keeps single line breaks inside a paragraph', () => {
    expect(parseRichText('one\r\ntwo\r\n\r\nthree')).toEqual([
      { kind: 'paragraph', text: 'one\ntwo' },
      { kind: 'paragraph', text: 'three' },
    ]);
  });
});
