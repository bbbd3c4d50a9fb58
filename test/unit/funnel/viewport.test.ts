import { describe, expect, it } from 'vitest';
import { contentVisible, fitViewport, MIN_OPEN_ZOOM, openingViewport } from '../../../shared/domain/funnel/viewport';

// The template's picture: nine stages over four lanes, about 2,900 x 1,120 flow pixels.
const content = { x: 0, y: 0, width: 2900, height: 1120 };

describe('the view the funnel editor opens at', () => {
  it('restores the saved viewport when the whole funnel is visible in it', () => {
    const saved = { x: 10, y: 20, zoom: 0.3 };
    expect(contentVisible(saved, content, { width: 1000, height: 600 })).toBe(true);
    expect(openingViewport(saved, content, { width: 1000, height: 600 })).toEqual(saved);
  });

  it("restores the user's own zoom and pan on a canvas of the same size (reload restores the same picture)", () => {
    const saved = { x: -300, y: -100, zoom: 0.9, width: 1000, height: 640 };
    expect(openingViewport(saved, content, { width: 1000, height: 640 })).toEqual({ x: -300, y: -100, zoom: 0.9 });
    expect(openingViewport(saved, content, { width: 1600, height: 900 })).toEqual({ x: -300, y: -100, zoom: 0.9 });
  });

  it('fits instead when the saved view cuts the funnel off on a smaller canvas (1440 -> 1280x720)', () => {
    const saved = { x: 20, y: 20, zoom: 0.33, width: 1020, height: 660 };
    const size = { width: 860, height: 500 };
    const v = openingViewport(saved, content, size);
    expect(v).not.toEqual({ x: 20, y: 20, zoom: 0.33 });
    expect(v?.zoom).toBeGreaterThanOrEqual(MIN_OPEN_ZOOM);
  });

  it('fits an older file whose canvas size is unknown when the funnel is cut off', () => {
    const v = openingViewport({ x: 0, y: 0, zoom: 1 }, content, { width: 860, height: 500 });
    expect(v?.zoom).toBe(MIN_OPEN_ZOOM);
  });

  it('never opens below a readable zoom: the funnel starts at the top left and the rest is a pan away', () => {
    const v = fitViewport(content, { width: 860, height: 500 });
    expect(v.zoom).toBe(MIN_OPEN_ZOOM);
    expect(v.x).toBeGreaterThan(0);
    expect(v.y).toBeGreaterThan(0);
  });

  it('centres a funnel that fits, keeps the minimap corner free and does not blow up small funnels', () => {
    const small = { x: 100, y: 0, width: 600, height: 300 };
    const v = fitViewport(small, { width: 1600, height: 900 }, { reserveBottom: 130 });
    expect(v.zoom).toBe(1);
    expect(contentVisible(v, small, { width: 1600, height: 900 - 130 })).toBe(true);
    const big = fitViewport(content, { width: 3000, height: 1400 }, { reserveBottom: 130 });
    expect(contentVisible(big, content, { width: 3000, height: 1400 - 130 })).toBe(true);
  });

  it('keeps the saved viewport (or none) for an empty canvas', () => {
    expect(openingViewport(null, null, { width: 800, height: 600 })).toBeNull();
    expect(openingViewport({ x: 1, y: 2, zoom: 1 }, null, { width: 800, height: 600 })).toEqual({
      x: 1,
      y: 2,
      zoom: 1,
    });
  });
});
