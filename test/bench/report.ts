import { existsSync, readFileSync } from 'node:fs';
import type { Curve, Figure } from './harness';

export interface Result extends Figure {
  file: string;
  ratio: number;
  /** Whether the goal is met; null without a goal. */
  pass: boolean | null;
}

export interface SavedRun {
  at: string;
  results: Result[];
  curves?: Curve[];
}

/** Whether a figure meets its goal (every bound it sets). */
export function meets(f: Figure): boolean | null {
  if (!f.goal) return null;
  const ratio = f.value / f.baseline;
  if (!Number.isFinite(f.value)) return false;
  if (f.goal.maxValue !== undefined && !(f.value <= f.goal.maxValue)) return false;
  if (f.goal.maxRatio !== undefined && !(ratio <= f.goal.maxRatio)) return false;
  return true;
}

export function readPrevious(file: string): SavedRun | null {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as SavedRun;
  } catch {
    return null;
  }
}

const num = (v: number, unit = '') => {
  if (!Number.isFinite(v)) return String(v);
  const digits = Math.abs(v) >= 100 ? 0 : Math.abs(v) >= 10 ? 1 : 2;
  return `${v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })}${unit ? ` ${unit}` : ''}`;
};

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => cell + ' '.repeat(widths[c]! - [...cell].length)).join(' | ')).join('\n');
}

/** A change > 20 % for the worse against the previous run (higher is worse for every figure we keep). */
export function worse(now: Result, before: Result | undefined): string {
  if (!before || !Number.isFinite(before.value) || before.value <= 0) return '';
  const change = now.value / before.value - 1;
  const text = `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)} %`;
  return change > 0.2 ? `${text} WORSE` : text;
}

/** The report: every figure with its baseline, ratio, goal and PASS/FAIL, the change since the last run, the curves. */
export function report(results: Result[], curves: Curve[], previous: SavedRun | null): string {
  const before = new Map((previous?.results ?? []).map((r) => [r.name, r]));
  const rows = [['row of the issue', 'figure', 'value', 'baseline', 'ratio', 'goal', 'result', 'vs last run']];
  for (const r of [...results].sort((a, b) => (a.row ? 0 : 1) - (b.row ? 0 : 1))) {
    const last = before.get(r.name);
    const twice = r.pass && last?.pass ? ' (2 runs)' : '';
    rows.push([
      r.row ?? '',
      `${r.name}${r.stat ? ` [${r.stat}]` : ''}`,
      num(r.value, r.unit),
      `${num(r.baseline, r.unit)} ${r.baselineName}`,
      `${num(r.ratio)}x`,
      r.goal?.text ?? '—',
      r.pass === null ? 'info' : r.pass ? `PASS${twice}` : 'FAIL',
      worse(r, last),
    ]);
  }
  const out = [table(rows)];
  for (const c of curves) {
    out.push(`\n${c.title} (${c.unit})`);
    const hasBase = c.points.some((p) => p.baseline !== undefined);
    const head = [c.x, 'value', ...(hasBase ? ['baseline', 'ratio'] : [])];
    const body = c.points.map((p) => [
      p.x.toLocaleString('en-US'),
      num(p.value),
      ...(hasBase && p.baseline !== undefined ? [num(p.baseline), `${num(p.value / p.baseline)}x`] : []),
    ]);
    out.push(table([head, ...body]));
  }
  const flagged = results.filter((r) => worse(r, before.get(r.name)).endsWith('WORSE'));
  const failed = results.filter((r) => r.pass === false);
  out.push(
    `\n${results.filter((r) => r.pass).length} goals met, ${failed.length} not met, ` +
      `${flagged.length} figure(s) > 20 % worse than the last run${previous ? ` (${previous.at})` : ' (no previous run)'}`,
  );
  return out.join('\n');
}
