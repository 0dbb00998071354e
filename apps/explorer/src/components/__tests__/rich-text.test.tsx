import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RichText } from '../rich-text';

describe('RichText', () => {
  it('turns "- " lines into list items and blank-line blocks into paragraphs', () => {
    render(
      <RichText
        text={[
          'Issues and challenges:',
          '',
          '- Large number of in-person visits.',
          '- Time consuming processes.',
          '',
          'Low satisfaction followed.',
        ].join('\n')}
      />,
    );
    expect(screen.getByText('Issues and challenges:').tagName).toBe('P');
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      'Large number of in-person visits.',
      'Time consuming processes.',
    ]);
    expect(screen.getByText('Low satisfaction followed.').tagName).toBe('P');
  });

  it('nests bullets indented by two spaces under the bullet above them', () => {
    render(
      <RichText
        text={[
          '- Comprehensive management system',
          '  - Reduction of staff direct involvement: about 50 per cent',
          '  - Time saved each month: 3,000 hours',
          '- Electronic inspection',
        ].join('\n')}
      />,
    );
    const [outer] = screen.getAllByRole('list');
    const topItems = within(outer!)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === outer);
    expect(topItems).toHaveLength(2);
    const nested = within(topItems[0]!).getByRole('list');
    expect(
      within(nested)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Reduction of staff direct involvement: about 50 per cent',
      'Time saved each month: 3,000 hours',
    ]);
    expect(topItems[1]).toHaveTextContent('Electronic inspection');
  });

  it('renders markup in the text as literal text, never as HTML', () => {
    const { container } = render(
      <RichText text={'<img src=x onerror=alert(1)>\n\n- <script>alert(2)</script>'} />,
    );
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('<script>alert(2)</script>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
  });

  it('renders nothing for an empty text', () => {
    const { container } = render(<RichText text={'  \n\n '} />);
    expect(container).toBeEmptyDOMElement();
  });
});
