import { describe, expect, it } from 'vitest';
import { html } from '../html.js';
import { plainTextHtml } from '../plain-text.js';

/** The escaping helper and the plain-text format, without a server. */

// Called through an alias: prettier reformats the markup of templates tagged `html`, and these
// tests compare exact output.
const tag = html;
const compact = (s: { toString(): string }) => s.toString().replace(/>\s+</g, '><').trim();

describe('the html template helper', () => {
  it('escapes every interpolated text, in content and in attributes', () => {
    const title = '<img src=x onerror=alert(1)>';
    const attribute = `" onmouseover="alert('x')`;
    expect(tag`<h1 title="${attribute}">${title}</h1>`.toString()).toBe(
      '<h1 title="&quot; onmouseover=&quot;alert(&#39;x&#39;)">&lt;img src=x onerror=alert(1)&gt;</h1>',
    );
    expect(tag`<p>${'Tom & Jerry'}</p>`.toString()).toBe('<p>Tom &amp; Jerry</p>');
  });

  it('keeps nested templates, joins arrays and drops null, undefined and false', () => {
    const items = ['a<b', 'c'].map((i) => tag`<li>${i}</li>`);
    expect(tag`<ul>${items}</ul>${null}${undefined}${false}${0}`.toString()).toBe(
      '<ul><li>a&lt;b</li><li>c</li></ul>0',
    );
  });
});

describe('the plain-text format as HTML', () => {
  it('makes paragraphs of blank-line separated text and nested lists of "- " bullets', () => {
    const text = [
      'First paragraph',
      'continues here.',
      '',
      'Intro:',
      '- one',
      '  - one.a',
      '  - one.b',
      '- two',
      '',
      'Last.',
    ].join('\n');
    expect(compact(plainTextHtml(text))).toBe(
      '<p>First paragraph continues here.</p><p>Intro:</p>' +
        '<ul><li>one<ul><li>one.a</li><li>one.b</li></ul></li><li>two</li></ul><p>Last.</p>',
    );
  });

  it('runs a lead label into the first paragraph, or sets it apart before a list', () => {
    expect(compact(plainTextHtml('Text.', 'Summary:'))).toBe(
      '<p><strong class="lead">Summary:</strong> Text.</p>',
    );
    expect(compact(plainTextHtml('- item', 'Summary:'))).toBe(
      '<p><strong class="lead">Summary:</strong></p><ul><li>item</li></ul>',
    );
  });

  it('escapes the text and survives odd input', () => {
    expect(compact(plainTextHtml('- <script>x</script>'))).toBe(
      '<ul><li>&lt;script&gt;x&lt;/script&gt;</li></ul>',
    );
    // A jump of two levels nests one level; an indented line continues its bullet.
    expect(compact(plainTextHtml('- a\n      - b\n    more\r\n\r\n\r\n'))).toBe(
      '<ul><li>a<ul><li>b more</li></ul></li></ul>',
    );
    expect(compact(plainTextHtml(''))).toBe('');
    expect(compact(plainTextHtml(null))).toBe('');
  });
});
