import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Highlight } from '../highlight';

describe('Highlight', () => {
  it('marks the matched words and keeps the rest as text', () => {
    const { container } = render(
      <p>
        <Highlight snippet="Reduction of <mark>in-person</mark> <mark>visits</mark> by 68 per cent" />
      </p>,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'in-person',
      'visits',
    ]);
    expect(container.textContent).toBe('Reduction of in-person visits by 68 per cent');
  });

  it('shows any other tag, and an unclosed mark, as literal text', () => {
    const { container } = render(
      <p>
        <Highlight snippet={'<img src=x onerror=alert(1)> <mark>pension</mark> <mark>open'} />
      </p>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> pension <mark>open');
  });
});
