import { useRef, useState, type CSSProperties, type KeyboardEvent, type PointerEvent } from 'react';
import { NUDGE, placementText, QUADRANTS } from '../../shared/domain/room/matrix';
import type { ShortListItem } from '../../shared/schema/room';

/** Up to this many characters of an item's text on the 2x2 (the whole text is its accessible name). */
const CHIP_CHARS = 48;

const short = (text: string) =>
  Array.from(text).length > CHIP_CHARS
    ? `${Array.from(text)
        .slice(0, CHIP_CHARS - 1)
        .join('')}…`
    : text;

/**
 * The impact / effort 2x2: the short list's items as chips the facilitator drags (or moves with the arrow
 * keys: ↑ ↓ impact, ← → effort, Shift for a bigger step) onto the quadrants. Items not placed yet wait in
 * the tray beside it. Read-only where `interactive` is false (the audience window).
 */
export function ImpactEffortMatrix({
  items,
  interactive,
  onPlace,
  onNudge,
  variant,
}: {
  items: readonly ShortListItem[];
  interactive: boolean;
  onPlace: (id: string, impact: number, effort: number) => void;
  onNudge: (id: string, delta: { impact: number; effort: number }) => void;
  variant: 'slide' | 'tab';
}) {
  const area = useRef<HTMLDivElement>(null);
  const [drag, setDrag] = useState<{ id: string; impact: number; effort: number } | null>(null);
  const placed = items.filter((i) => i.impact !== null && i.effort !== null);
  const waiting = items.filter((i) => i.impact === null || i.effort === null);

  const at = (e: PointerEvent) => {
    const r = area.current?.getBoundingClientRect();
    if (!r || r.width === 0) return null;
    const effort = ((e.clientX - r.left) / r.width) * 100;
    const impact = 100 - ((e.clientY - r.top) / r.height) * 100;
    const inside = effort >= 0 && effort <= 100 && impact >= 0 && impact <= 100;
    return { impact: Math.min(100, Math.max(0, impact)), effort: Math.min(100, Math.max(0, effort)), inside };
  };
  const handlers = (item: ShortListItem) =>
    interactive
      ? {
          onPointerDown: (e: PointerEvent<HTMLButtonElement>) => {
            e.currentTarget.setPointerCapture(e.pointerId);
            setDrag({ id: item.id, impact: item.impact ?? 50, effort: item.effort ?? 50 });
          },
          onPointerMove: (e: PointerEvent<HTMLButtonElement>) => {
            if (drag?.id !== item.id) return;
            const p = at(e);
            if (p) setDrag({ id: item.id, impact: p.impact, effort: p.effort });
          },
          onPointerUp: (e: PointerEvent<HTMLButtonElement>) => {
            if (drag?.id !== item.id) return;
            const p = at(e);
            setDrag(null);
            // Let go outside the 2x2: a placed item stops at the edge, one from the tray stays in the tray.
            if (p && (p.inside || item.impact !== null)) onPlace(item.id, p.impact, p.effort);
          },
          onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => {
            const step = e.shiftKey ? NUDGE * 5 : NUDGE;
            const delta =
              e.key === 'ArrowUp'
                ? { impact: step, effort: 0 }
                : e.key === 'ArrowDown'
                  ? { impact: -step, effort: 0 }
                  : e.key === 'ArrowRight'
                    ? { impact: 0, effort: step }
                    : e.key === 'ArrowLeft'
                      ? { impact: 0, effort: -step }
                      : null;
            if (!delta) return;
            e.preventDefault();
            e.stopPropagation();
            onNudge(item.id, delta);
          },
        }
      : {};

  const chip = (item: ShortListItem, n: number, style?: CSSProperties) => {
    const label = `${n}. ${item.text}: ${placementText(item)}`;
    return interactive ? (
      <button
        key={item.id}
        type="button"
        className={`matrix-chip${drag?.id === item.id ? ' is-dragging' : ''}`}
        style={style}
        aria-label={label}
        aria-describedby="matrix-keys"
        data-item-id={item.id}
        {...handlers(item)}
      >
        {n}. {short(item.text)}
      </button>
    ) : (
      <span key={item.id} className="matrix-chip" style={style} role="img" aria-label={label} data-item-id={item.id}>
        {n}. {short(item.text)}
      </span>
    );
  };
  const number = new Map(items.map((i, k) => [i.id, k + 1]));
  const position = (i: ShortListItem): CSSProperties => {
    const d = drag?.id === i.id ? drag : null;
    const impact = d ? d.impact : (i.impact ?? 50);
    const effort = d ? d.effort : (i.effort ?? 50);
    return { left: `${effort}%`, top: `${100 - impact}%` };
  };

  return (
    <div className={`matrix matrix-${variant}`}>
      <div className="matrix-frame">
        <span className="matrix-axis matrix-axis-impact" aria-hidden="true">
          Impact ↑
        </span>
        <div className="matrix-area" ref={area} role="group" aria-label="Impact and effort">
          <div className="matrix-quadrant q-quick-win">{QUADRANTS['quick-win'].name}</div>
          <div className="matrix-quadrant q-major-project">{QUADRANTS['major-project'].name}</div>
          <div className="matrix-quadrant q-fill-in">{QUADRANTS['fill-in'].name}</div>
          <div className="matrix-quadrant q-thankless">{QUADRANTS.thankless.name}</div>
          {placed.map((i) => chip(i, number.get(i.id) ?? 0, position(i)))}
          {drag && waiting.some((w) => w.id === drag.id) && (
            <span
              className="matrix-chip is-ghost"
              style={position(waiting.find((w) => w.id === drag.id)!)}
              aria-hidden="true"
            >
              {number.get(drag.id)}
            </span>
          )}
        </div>
        <span className="matrix-axis matrix-axis-effort" aria-hidden="true">
          Effort →
        </span>
      </div>
      {waiting.length > 0 && (
        <div className="matrix-tray" role="group" aria-label="Not placed yet">
          <p className="matrix-tray-title">Not placed yet</p>
          {waiting.map((i) => chip(i, number.get(i.id) ?? 0))}
        </div>
      )}
      {interactive && (
        <p id="matrix-keys" className="matrix-keys">
          Drag an item, or focus it and use the arrow keys: ↑ ↓ impact, ← → effort (Shift: bigger steps).
        </p>
      )}
    </div>
  );
}
