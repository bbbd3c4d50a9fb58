// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useFirstScreenful } from '../../../renderer/components/useFirstScreenful';

afterEach(cleanup);

function List({ items }: { items: number[] }) {
  const shown = useFirstScreenful(items, 16);
  return (
    <ul>
      {shown.map((n) => (
        <li key={n}>{n}</li>
      ))}
    </ul>
  );
}

const nextFrame = () =>
  act(() => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(() => setTimeout(resolve, 0), 0))));

describe('a long list on its first screen', () => {
  it('shows the first screenful at once and every item a frame later, in order', async () => {
    const items = Array.from({ length: 50 }, (_, i) => i + 1);
    render(<List items={items} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(16);
    await nextFrame();
    expect(screen.getAllByRole('listitem').map((li) => Number(li.textContent))).toEqual(items);
  });

  it('shows a short list whole from the start', () => {
    render(<List items={[1, 2, 3]} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
  });
});
