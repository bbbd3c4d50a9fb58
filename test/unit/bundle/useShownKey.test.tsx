// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { eagerScreen, lazyScreen, type LazyScreen } from '../../../renderer/loading/lazyScreen';
import { useShownKey } from '../../../renderer/loading/useShownKey';

afterEach(cleanup);

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const One = () => <p>one</p>;
const Two = () => <p>two</p>;

function Host({ wanted, screens }: { wanted: string; screens: Record<string, LazyScreen> }) {
  const shown = useShownKey(wanted, screens[wanted]!);
  const Screen = shown.key ? (screens[shown.key]!.loaded() as (() => React.JSX.Element) | null) : null;
  return <div data-testid="host">{shown.error ? `error: ${shown.error}` : Screen ? <Screen /> : 'skeleton'}</div>;
}

describe('showing a screen whose code loads on demand', () => {
  it('keeps the screen shown before until the next one is loaded, then shows it', async () => {
    const gate = deferred();
    const screens = { one: eagerScreen(One), two: lazyScreen(() => gate.promise.then(() => Two)) };
    const { rerender } = render(<Host wanted="one" screens={screens} />);
    expect(screen.getByTestId('host').textContent).toBe('one');
    rerender(<Host wanted="two" screens={screens} />);
    expect(screen.getByTestId('host').textContent).toBe('one');
    await act(async () => gate.resolve());
    expect(screen.getByTestId('host').textContent).toBe('two');
    // Loaded once, it shows at once afterwards: no loading state in between.
    rerender(<Host wanted="one" screens={screens} />);
    rerender(<Host wanted="two" screens={screens} />);
    expect(screen.getByTestId('host').textContent).toBe('two');
  });

  it('shows a skeleton on a first load, and says why a screen could not be loaded', async () => {
    const gate = deferred();
    const screens = { two: lazyScreen(() => gate.promise.then(() => Two)) };
    render(<Host wanted="two" screens={screens} />);
    expect(screen.getByTestId('host').textContent).toBe('skeleton');
    await act(async () => gate.reject(new Error('Failed to fetch dynamically imported module')));
    expect(screen.getByTestId('host').textContent).toBe('error: Failed to fetch dynamically imported module');
  });

  it('tries a failed load again the next time', async () => {
    let tries = 0;
    const flaky = lazyScreen(async () => {
      tries += 1;
      if (tries === 1) throw new Error('offline');
      return Two;
    });
    await expect(flaky.preload()).rejects.toThrow('offline');
    await expect(flaky.preload()).resolves.toBe(Two);
    expect(flaky.loaded()).toBe(Two);
  });
});
