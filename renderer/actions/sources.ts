import type { ActionItem } from '../../shared/schema/actions';
import type { Workshop } from '../../shared/schema/workshop';

/** One thing an action can come from, for the "From" picker. */
export interface SourceOption {
  value: string;
  group: string;
  source: ActionItem['source'];
}

/** Labels are kept with the action (schema limit 300 characters). */
const cut = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);

const NONE: SourceOption = { value: 'none', group: '', source: { kind: 'none', ref: null, label: '' } };

/** Survey findings (dimensions of the latest round), funnel stages, hand-offs and agenda items. */
export function sourceOptions(w: Workshop): SourceOption[] {
  const out: SourceOption[] = [NONE];
  const round = w.survey.rounds[w.survey.rounds.length - 1];
  for (const d of round?.questions.dimensions ?? []) {
    out.push({
      value: `finding:${d.id}`,
      group: 'Survey finding',
      source: { kind: 'finding', ref: d.id, label: cut(d.title) },
    });
  }
  const stageName = new Map(w.funnel.stages.map((s) => [s.id, s.name]));
  for (const s of w.funnel.stages) {
    out.push({
      value: `stage:${s.id}`,
      group: 'Funnel stage',
      source: { kind: 'stage', ref: s.id, label: cut(s.name) },
    });
  }
  for (const h of w.funnel.handoffs) {
    const label = `${stageName.get(h.source) ?? '?'} → ${stageName.get(h.target) ?? '?'}${h.kind === 'recycle' ? ' (way back)' : ''}`;
    out.push({
      value: `handoff:${h.id}`,
      group: 'Hand-off',
      source: { kind: 'handoff', ref: h.id, label: cut(label) },
    });
  }
  const seen = new Set(out.map((o) => o.value));
  for (const item of w.room.shortList) {
    const value = sourceValue(item.source);
    if (value === 'none' || seen.has(value)) continue;
    seen.add(value);
    out.push({ value, group: 'Short list', source: item.source });
  }
  for (const a of w.agenda.items) {
    out.push({
      value: `agenda:${a.id}`,
      group: 'Agenda item',
      source: { kind: 'agenda', ref: a.id, label: cut(a.title) },
    });
  }
  return out;
}

/** The picker value of an action's source. */
export function sourceValue(source: ActionItem['source']): string {
  return source.kind === 'none' || !source.ref ? 'none' : `${source.kind}:${source.ref}`;
}
