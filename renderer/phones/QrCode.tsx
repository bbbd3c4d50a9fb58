import { useMemo } from 'react';
import { encode } from 'uqr';

/**
 * A QR code of an address, drawn as one SVG path (uqr encodes it): crisp at any size, on the projector, the
 * screen and paper. Always dark on white with its quiet zone, whatever the theme, so every phone reads it.
 */
export function QrCode({ value, size, label }: { value: string; size: number; label: string }) {
  const { path, width } = useMemo(() => {
    const qr = encode(value, { ecc: 'M', border: 4 });
    let d = '';
    qr.data.forEach((row, y) =>
      row.forEach((dark, x) => {
        if (dark) d += `M${x} ${y}h1v1h-1z`;
      }),
    );
    return { path: d, width: qr.size };
  }, [value]);
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`0 0 ${width} ${width}`}
      shapeRendering="crispEdges"
      data-qr-value={value}
    >
      <rect width={width} height={width} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
