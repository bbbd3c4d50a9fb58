/** The width of every chart's SVG coordinate system (the viewBox); charts scale to their container. */
export const CHART_WIDTH = 1600;

/** The base text size in chart units: 31 of 1600 keeps chart text at 28 px or more on a 1080p slide. */
export const CHART_FONT = 31;

/** How far below a row's middle (cy) to put a text baseline so a line of chart text sits centred on it. */
export function middleBaseline(): number {
  return CHART_FONT * 0.35;
}
