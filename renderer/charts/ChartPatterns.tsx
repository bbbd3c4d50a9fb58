/** SVG pattern definitions shared by the charts: hatch, dots, cross and vertical lines over a colour. */
export function ChartPatterns({ prefix, colours }: { prefix: string; colours: string[] }) {
  return (
    <defs>
      {colours.map((colour, i) => (
        <g key={i}>
          <pattern
            id={`${prefix}-hatch-${i}`}
            width="14"
            height="14"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="14" height="14" fill={colour} />
            <rect width="5" height="14" fill="rgb(255 255 255 / 0.55)" />
          </pattern>
          <pattern id={`${prefix}-dots-${i}`} width="14" height="14" patternUnits="userSpaceOnUse">
            <rect width="14" height="14" fill={colour} />
            <circle cx="7" cy="7" r="3" fill="rgb(255 255 255 / 0.7)" />
          </pattern>
          <pattern
            id={`${prefix}-cross-${i}`}
            width="16"
            height="16"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="16" height="16" fill={colour} />
            <rect width="4" height="16" fill="rgb(0 0 0 / 0.45)" />
            <rect width="16" height="4" fill="rgb(0 0 0 / 0.45)" />
          </pattern>
          <pattern id={`${prefix}-vertical-${i}`} width="12" height="12" patternUnits="userSpaceOnUse">
            <rect width="12" height="12" fill={colour} />
            <rect width="4" height="12" fill="rgb(0 0 0 / 0.4)" />
          </pattern>
        </g>
      ))}
    </defs>
  );
}

/** The fill for series i with a pattern. */
export function seriesFill(prefix: string, pattern: string, index: number, colour: string): string {
  return pattern === 'solid' ? colour : `url(#${prefix}-${pattern}-${index})`;
}
