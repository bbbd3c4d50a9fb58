import { GEOMETRY, LANE_ORDER, laneTop, OWNER_LABEL } from '../../shared/domain/funnel/lanes';
import { monthlyShortfall, shortVolumeLabel, type FunnelVolumeResult } from '../../shared/domain/funnel/volumes';
import type { FunnelStage, Handoff, StageOwner } from '../../shared/schema/funnel';
import { wrapText } from '../charts/wrap';

/**
 * The funnel as a picture for paper and files (the playbook, Export SVG/PNG): the canvas's lanes, stages
 * and hand-offs, in type large enough to read on one landscape page. Stages keep the canvas's order and
 * lanes; the columns close up to a small gap and each lane grows to hold its tallest card. Pure geometry
 * (no DOM): funnelSvg.ts writes it out.
 */

export interface TextLine {
  text: string;
  /** Baseline, from the top of the card. */
  y: number;
  size: number;
  weight: 400 | 600 | 700;
  tone: 'text' | 'muted' | 'warning' | 'danger';
}

export interface CardBox {
  id: string;
  /** The whole name (the lines may shorten it). */
  name: string;
  owner: StageOwner;
  x: number;
  y: number;
  width: number;
  height: number;
  lines: TextLine[];
}

export interface LaneBox {
  owner: StageOwner;
  label: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface EdgeShape {
  id: string;
  back: boolean;
  /** SVG path data. */
  d: string;
  label: string;
  labelX: number;
  labelY: number;
}

export interface FunnelDrawing {
  lanes: LaneBox[];
  cards: CardBox[];
  edges: EdgeShape[];
  /** The box everything is drawn in, padding included. */
  bounds: { x: number; y: number; width: number; height: number };
}

/** Type sizes in picture pixels; a stage name prints at 7 pt or more on a landscape page (funnelTiles.ts). */
export const TYPE = { owner: 16, name: 30, body: 22, small: 20, lane: 30, edge: 19 } as const;
const CARD_WIDTH = GEOMETRY.nodeWidth;
const OWNER_BAR = 30;
const COLUMN_GAP = 36;
const LANE_LABEL = 210;
const LANE_PAD = 24;
const PADDING = 40;
const BACK_DROP = 40;

/** About how many characters of a size fit a card's width (a sans-serif's average advance). */
const charsFor = (size: number, bold: boolean) => Math.floor((CARD_WIDTH - 20) / (size * (bold ? 0.6 : 0.53)));

function cardLines(stage: FunnelStage, volumes: FunnelVolumeResult | null): { lines: TextLine[]; height: number } {
  const lines: TextLine[] = [];
  let y = OWNER_BAR + 8;
  /** Adds a piece of text, wrapped to the card's width in at most `max` lines. */
  const add = (text: string, size: number, weight: TextLine['weight'], tone: TextLine['tone'], max = 2) => {
    for (const part of wrapText(text, charsFor(size, weight >= 600), max)) {
      y += size * 1.15;
      lines.push({ text: part, y, size, weight, tone });
      y += 2;
    }
    y += 3;
  };
  add(stage.name, TYPE.name, 700, 'text', 3);
  y += 2;
  add(
    stage.conversionRate === null ? 'Rate to next: to agree' : `${stage.conversionRate}% to next stage`,
    TYPE.body,
    600,
    'text',
  );
  const volume = volumes?.stages[stage.id];
  const volumeText = volumes ? shortVolumeLabel(volume, volumes.period) : '';
  if (volumeText) {
    const ok = volume?.status === 'ok';
    add(
      ok ? `Needed: ${volumeText}` : `⚠ ${volumeText}`,
      ok ? TYPE.body : TYPE.small,
      ok ? 700 : 400,
      ok ? 'text' : 'warning',
      3,
    );
  }
  if (stage.volumePerMonth !== null) {
    add(`Expected: ${stage.volumePerMonth.toLocaleString('en-US')} per month`, TYPE.small, 400, 'muted');
  }
  const shortfall = monthlyShortfall(volume, stage.volumePerMonth);
  if (shortfall !== null) add(`⚠ ${shortfall.toLocaleString('en-US')} per month short`, TYPE.small, 700, 'danger');
  if (stage.entryCriteria.trim()) add(`Entry: ${stage.entryCriteria}`, TYPE.small, 400, 'muted');
  return { lines, height: Math.ceil(y + 8) };
}

/** Closes up the columns: each distinct x keeps its order, with at most a small gap after a card's width. */
function compactColumns(xs: number[]): Map<number, number> {
  const distinct = [...new Set(xs)].sort((a, b) => a - b);
  const out = new Map<number, number>();
  let prev: number | null = null;
  let placed = 0;
  for (const x of distinct) {
    placed = prev === null ? LANE_LABEL : placed + Math.min(x - prev, CARD_WIDTH + COLUMN_GAP);
    out.set(x, placed);
    prev = x;
  }
  return out;
}

function edgeLabel(h: Handoff): string {
  if (h.kind === 'recycle') return '↩ way back';
  const parts: string[] = [];
  if (h.responseHours !== null) parts.push(`≤ ${h.responseHours} h`);
  if (h.followUpAttempts !== null) parts.push(`${h.followUpAttempts} attempts`);
  return parts.join(' · ');
}

/** A forward hand-off as React Flow draws one: a cubic curve from the right side to the left side. */
function forwardPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const dx = tx - sx;
  const offset = dx >= 0 ? 0.5 * dx : 0.25 * 25 * Math.sqrt(-dx);
  const c1 = sx + offset;
  const c2 = tx - offset;
  const r = (n: number) => Math.round(n * 10) / 10;
  // The curve's middle (t = 0.5) carries the label.
  return [
    `M${r(sx)},${r(sy)} C${r(c1)},${r(sy)} ${r(c2)},${r(ty)} ${r(tx)},${r(ty)}`,
    (sx + 3 * c1 + 3 * c2 + tx) / 8,
    (sy + ty) / 2,
  ];
}

/** A way back: down from under the source, across, and up into the target's underside, with round corners. */
function backPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const low = Math.max(sy, ty) + BACK_DROP;
  const r = Math.min(16, Math.abs(tx - sx) / 2, BACK_DROP / 2);
  const dir = tx < sx ? -1 : 1;
  const d = [
    `M${sx},${sy}`,
    `L${sx},${low - r}`,
    `Q${sx},${low} ${sx + dir * r},${low}`,
    `L${tx - dir * r},${low}`,
    `Q${tx},${low} ${tx},${low - r}`,
    `L${tx},${ty}`,
  ].join(' ');
  return [d, (sx + tx) / 2, low];
}

/** The picture of a funnel, from its stages (with their canvas positions), hand-offs and volumes. */
export function drawFunnel(
  funnel: { stages: readonly FunnelStage[]; handoffs: readonly Handoff[] },
  volumes: FunnelVolumeResult | null,
): FunnelDrawing {
  const columns = compactColumns(funnel.stages.map((s) => s.position.x));
  const measured = funnel.stages.map((s) => ({ stage: s, ...cardLines(s, volumes) }));
  // Each lane holds its tallest card (a card keeps its place within its lane, as on the canvas).
  const laneHeights = LANE_ORDER.map((owner) => {
    const inLane = measured.filter((m) => m.stage.owner === owner);
    const needed = Math.max(0, ...inLane.map((m) => m.stage.position.y - laneTop(owner) + m.height + LANE_PAD));
    return Math.max(GEOMETRY.laneHeight, needed);
  });
  const laneY = LANE_ORDER.map((_, i) => laneHeights.slice(0, i).reduce((a, b) => a + b, 0));
  const cards: CardBox[] = measured.map(({ stage, lines, height }) => {
    const lane = LANE_ORDER.indexOf(stage.owner);
    const inLane = Math.max(0, stage.position.y - laneTop(stage.owner));
    return {
      id: stage.id,
      name: stage.name,
      owner: stage.owner,
      x: columns.get(stage.position.x) ?? LANE_LABEL,
      y: (laneY[lane] ?? 0) + inLane,
      width: CARD_WIDTH,
      height,
      lines,
    };
  });
  const right = Math.max(LANE_LABEL + 3 * (CARD_WIDTH + COLUMN_GAP), ...cards.map((c) => c.x + c.width)) + 60;
  const lanes: LaneBox[] = LANE_ORDER.map((owner, i) => ({
    owner,
    label: wrapText(OWNER_LABEL[owner], 9, 2),
    x: 0,
    y: laneY[i] ?? 0,
    width: right,
    height: laneHeights[i] ?? GEOMETRY.laneHeight,
  }));
  const byId = new Map(cards.map((c) => [c.id, c]));
  const edges: EdgeShape[] = [];
  for (const h of funnel.handoffs) {
    const s = byId.get(h.source);
    const t = byId.get(h.target);
    if (!s || !t) continue;
    const back = h.kind === 'recycle';
    const [d, labelX, labelY] = back
      ? backPath(s.x + s.width * 0.72, s.y + s.height, t.x + t.width * 0.28, t.y + t.height)
      : forwardPath(s.x + s.width, s.y + s.height / 2, t.x, t.y + t.height / 2);
    edges.push({ id: h.id, back, d, label: edgeLabel(h), labelX, labelY });
  }
  const bottom = Math.max(
    lanes.reduce((sum, l) => sum + l.height, 0),
    ...cards.map((c) => c.y + c.height + BACK_DROP + TYPE.edge),
  );
  return {
    lanes,
    cards,
    edges,
    bounds: { x: -PADDING, y: -PADDING, width: right + 2 * PADDING, height: Math.ceil(bottom) + 2 * PADDING },
  };
}
