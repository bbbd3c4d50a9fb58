import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, placeWindow, stateToSave, type Rect } from '../../../electron/main/windowState';

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 900 };
const projector: Rect = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('placeWindow', () => {
  it('uses the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({ ...DEFAULT_SIZE, maximized: false });
  });

  it('restores size and position on a display that is connected', () => {
    const saved = { x: 100, y: 50, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop], laptop)).toEqual(saved);
    const onProjector = { x: 1600, y: 100, width: 1200, height: 800, maximized: true };
    expect(placeWindow(onProjector, [laptop, projector], laptop)).toEqual(onProjector);
  });

  it('centres on the primary display when the saved display is gone (projector unplugged)', () => {
    const onProjector = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(placeWindow(onProjector, [laptop], laptop)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('does not restore a window whose title bar is off screen', () => {
    expect(
      placeWindow({ x: 100, y: -500, width: 800, height: 600, maximized: false }, [laptop], laptop),
    ).not.toHaveProperty('x');
    expect(
      placeWindow({ x: 1400, y: 100, width: 800, height: 600, maximized: false }, [laptop], laptop),
    ).not.toHaveProperty('x');
  });

  it('shrinks a window larger than the display and pulls it fully onto the display', () => {
    const placed = placeWindow({ x: 900, y: 10, width: 3000, height: 2000, maximized: false }, [laptop], laptop);
    expect(placed).toEqual({ x: 0, y: 0, width: 1440, height: 900, maximized: false });
    const partly = placeWindow({ x: 1000, y: 300, width: 800, height: 700, maximized: false }, [laptop], laptop);
    expect(partly).toEqual({ x: 640, y: 200, width: 800, height: 700, maximized: false });
  });

  it('ignores nonsense values', () => {
    const nonsense = { x: Number.NaN, y: Infinity, width: 900, height: 600, maximized: false };
    expect(placeWindow(nonsense, [laptop], laptop)).toEqual({ width: 900, height: 600, maximized: false });
    expect(placeWindow({ width: Number.NaN, height: 1, maximized: false }, [laptop], laptop)).toEqual({
      ...DEFAULT_SIZE,
      maximized: false,
    });
  });
});

describe('stateToSave', () => {
  it('stores whole pixels within the schema’s limits', () => {
    expect(stateToSave({ x: 10.4, y: 20.6, width: 1000.2, height: 700.7 }, true)).toEqual({
      x: 10,
      y: 21,
      width: 1000,
      height: 701,
      maximized: true,
    });
    expect(stateToSave({ x: 0, y: 0, width: 10, height: 10 }, false)).toMatchObject({ width: 400, height: 300 });
  });
});
