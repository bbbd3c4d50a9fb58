import { beforeEach, describe, expect, it, vi } from 'vitest';

const displays = vi.hoisted(() => ({ list: [] as { id: number; bounds: object }[] }));
const opened = vi.hoisted(() => ({ calls: [] as unknown[] }));

vi.mock('electron', () => ({
  screen: {
    getAllDisplays: () => displays.list,
    getPrimaryDisplay: () => displays.list[0],
  },
}));
vi.mock('../../../electron/main/appWindows', () => ({
  openAppWindow: (options: unknown) => {
    opened.calls.push(options);
    return { on: () => undefined, isDestroyed: () => false, close: () => undefined };
  },
}));

const { openAudience } = await import('../../../electron/main/presenter');

describe('audience view on a second display', () => {
  beforeEach(() => {
    opened.calls = [];
  });

  it('opens nothing with one display (present mode is then simply full screen)', () => {
    displays.list = [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 } }];
    expect(openAudience('w1')).toEqual({ opened: false, displays: 1 });
    expect(opened.calls).toHaveLength(0);
  });

  it('opens the audience route full screen on the external display', () => {
    displays.list = [
      { id: 1, bounds: { x: 0, y: 0, width: 1440, height: 900 } },
      { id: 2, bounds: { x: 1440, y: 0, width: 1920, height: 1080 } },
    ];
    expect(openAudience('abc')).toEqual({ opened: true, displays: 2 });
    expect(opened.calls[0]).toMatchObject({
      route: '#/audience/abc',
      window: { x: 1440, y: 0, width: 1920, height: 1080, fullscreen: true },
    });
  });
});
