import type { ActionItem } from '../../schema/actions';
import type { Funnel } from '../../schema/funnel';
import type { SlaDraft } from '../../schema/sla';

/** Something in the workshop that points at a stage or hand-off about to be deleted. */
export interface FunnelReference {
  kind: 'action' | 'sla';
  /** Readable, e.g. "Action: Agree the MQL score" or "SLA section: Definitions". */
  label: string;
}

interface WorkshopParts {
  funnel: Pick<Funnel, 'stages' | 'handoffs'>;
  actions: readonly ActionItem[];
  sla: SlaDraft;
}

/** The hand-offs that go when these stages go (every hand-off touching one of them). */
export function handoffsTouching(funnel: Pick<Funnel, 'handoffs'>, stageIds: readonly string[]): string[] {
  const ids = new Set(stageIds);
  return funnel.handoffs.filter((h) => ids.has(h.source) || ids.has(h.target)).map((h) => h.id);
}

function mentions(text: string, name: string): boolean {
  const needle = name.trim().toLowerCase();
  return needle.length >= 2 && text.toLowerCase().includes(needle);
}

/**
 * What refers to the stages and hand-offs about to be deleted: actions captured from them
 * (source kind 'stage' / 'handoff' with their id) and SLA sections that mention a stage by name.
 */
export function referencesTo(
  parts: WorkshopParts,
  stageIds: readonly string[],
  handoffIds: readonly string[],
): FunnelReference[] {
  const stages = new Set(stageIds);
  const handoffs = new Set([...handoffIds, ...handoffsTouching(parts.funnel, stageIds)]);
  const out: FunnelReference[] = [];
  for (const a of parts.actions) {
    const ref = a.source.ref;
    if (!ref) continue;
    if ((a.source.kind === 'stage' && stages.has(ref)) || (a.source.kind === 'handoff' && handoffs.has(ref))) {
      out.push({ kind: 'action', label: `Action: ${a.what}` });
    }
  }
  const names = parts.funnel.stages.filter((s) => stages.has(s.id)).map((s) => s.name);
  for (const section of parts.sla.sections) {
    if (names.some((n) => mentions(section.body, n))) out.push({ kind: 'sla', label: `SLA section: ${section.title}` });
  }
  return out;
}

/** A readable name for a hand-off, e.g. "MQL → SAL" (used as an action's label when it is deleted). */
export function handoffLabel(
  funnel: Pick<Funnel, 'stages'>,
  handoff: { source: string; target: string; kind: string },
): string {
  const name = (id: string) => funnel.stages.find((s) => s.id === id)?.name ?? 'deleted stage';
  const arrow = handoff.kind === 'recycle' ? '↩' : '→';
  return `${name(handoff.source)} ${arrow} ${name(handoff.target)}`;
}

/**
 * Keeps actions meaningful when their stage or hand-off is deleted: the id stays (undo brings the stage
 * back and the link works again) and the label keeps the stage's name, so the action still says where it
 * came from. Returns the actions with labels filled in; unchanged actions keep their identity.
 */
export function keepActionLabels(
  funnel: Pick<Funnel, 'stages' | 'handoffs'>,
  actions: readonly ActionItem[],
  stageIds: readonly string[],
  handoffIds: readonly string[],
): ActionItem[] {
  const stages = new Map(funnel.stages.filter((s) => stageIds.includes(s.id)).map((s) => [s.id, s.name]));
  const goneHandoffs = new Set([...handoffIds, ...handoffsTouching(funnel, stageIds)]);
  return actions.map((a) => {
    const ref = a.source.ref;
    if (!ref || a.source.label.trim()) return a;
    if (a.source.kind === 'stage' && stages.has(ref)) {
      return { ...a, source: { ...a.source, label: stages.get(ref) as string } };
    }
    const h = funnel.handoffs.find((x) => x.id === ref);
    if (a.source.kind === 'handoff' && goneHandoffs.has(ref) && h) {
      return { ...a, source: { ...a.source, label: handoffLabel(funnel, h).slice(0, 300) } };
    }
    return a;
  });
}
