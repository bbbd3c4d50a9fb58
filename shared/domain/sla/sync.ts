import type { SlaDraft, SlaSection } from '../../schema/sla';
import type { Workshop } from '../../schema/workshop';
import { generateSlaSections, SLA_SECTIONS, type SlaSectionId } from './generate';
import { DEFAULT_MQL_THRESHOLD, defaultScoring } from './scoring';

/** The facilitator changed this section's text since it was last generated. */
export function isEdited(section: Pick<SlaSection, 'body' | 'generated'>): boolean {
  return section.body !== section.generated;
}

/** What bringing the draft up to date did. */
export interface SlaRefresh {
  sla: SlaDraft;
  /** Sections that were missing and have been written. */
  added: string[];
  /** Unedited sections whose text changed because the workshop changed. */
  updated: string[];
  /** Edited sections left alone although the workshop now says something else: regenerate only if asked. */
  stale: { id: string; title: string }[];
  /** The text every section would have now (generated from the workshop as it is). */
  fresh: { id: SlaSectionId; title: string; body: string }[];
}

/** Workshops are never changed in place (immer), so what is worked out from one can be kept with it. */
const refreshed = new WeakMap<Workshop, SlaRefresh>();

/** The draft with the starting scoring model and threshold filled in the first time. */
function withDefaults(sla: SlaDraft): SlaDraft {
  const first = sla.sections.length === 0 && sla.scoring.length === 0;
  return {
    ...sla,
    scoring: first ? defaultScoring() : sla.scoring,
    mqlThreshold: sla.mqlThreshold ?? DEFAULT_MQL_THRESHOLD,
  };
}

/**
 * Brings the SLA draft up to date with the workshop: writes missing sections, rewrites sections the
 * facilitator has not edited, and never touches edited text (those are reported as `stale`).
 * Sections keep the standard order; any extra section stays at the end.
 */
export function refreshSla(w: Workshop): SlaRefresh {
  const kept = refreshed.get(w);
  if (kept) return kept;
  const sla = withDefaults(w.sla);
  const fresh = generateSlaSections({ ...w, sla });
  const byId = new Map(sla.sections.map((s) => [s.id, s]));
  const added: string[] = [];
  const updated: string[] = [];
  const stale: SlaRefresh['stale'] = [];
  const sections: SlaSection[] = fresh.map((g) => {
    const existing = byId.get(g.id);
    if (!existing) {
      added.push(g.id);
      return { id: g.id, title: g.title, body: g.body, generated: g.body };
    }
    if (isEdited(existing)) {
      if (existing.generated !== g.body) stale.push({ id: existing.id, title: existing.title });
      return existing;
    }
    if (existing.body !== g.body) updated.push(g.id);
    return { ...existing, body: g.body, generated: g.body };
  });
  const known = new Set<string>(SLA_SECTIONS.map((s) => s.id));
  sections.push(...sla.sections.filter((s) => !known.has(s.id)));
  const result = { sla: { ...sla, sections }, added, updated, stale, fresh };
  refreshed.set(w, result);
  return result;
}

/** The outcome of regenerating one section. */
export type RegenerateOutcome =
  | { status: 'updated' | 'unchanged'; sla: SlaDraft }
  /** The section holds the facilitator's own text: ask before replacing it. */
  | { status: 'needs-confirmation'; sla: SlaDraft; current: string; proposed: string };

/**
 * Regenerates one section from the workshop. Edited text is only replaced with `overwrite: true`
 * (after the facilitator confirmed); without it the draft comes back unchanged with the proposal.
 */
export function regenerateSection(
  w: Workshop,
  id: SlaSectionId,
  options: { overwrite?: boolean } = {},
): RegenerateOutcome {
  const sla = withDefaults(w.sla);
  const proposed = generateSlaSections({ ...w, sla }).find((s) => s.id === id);
  if (!proposed) return { status: 'unchanged', sla: w.sla };
  const existing = sla.sections.find((s) => s.id === id);
  if (existing && isEdited(existing) && !options.overwrite) {
    return { status: 'needs-confirmation', sla: w.sla, current: existing.body, proposed: proposed.body };
  }
  if (existing && existing.body === proposed.body && existing.generated === proposed.body) {
    return { status: 'unchanged', sla: w.sla };
  }
  const section: SlaSection = {
    id,
    title: existing?.title ?? proposed.title,
    body: proposed.body,
    generated: proposed.body,
  };
  const sections = existing
    ? sla.sections.map((s) => (s.id === id ? section : s))
    : refreshSla({ ...w, sla }).sla.sections.map((s) => (s.id === id ? section : s));
  return { status: 'updated', sla: { ...sla, sections } };
}

/** The SLA as exports show it: stored text where the facilitator edited it, fresh text elsewhere. */
export function effectiveSla(w: Workshop): SlaDraft {
  return refreshSla(w).sla;
}

/**
 * The facilitator's own text for a section. The first edit keeps what the text was written from (the
 * generated text of that moment), so the section can later show what changed under it.
 */
export function editSection(w: Workshop, id: string, body: string): SlaDraft {
  const { sla, fresh: all } = refreshSla(w);
  const fresh = all.find((s) => s.id === id)?.body ?? '';
  const sections = sla.sections.map((s) => {
    if (s.id !== id) return s;
    return isEdited(s) ? { ...s, body } : { ...s, body, generated: fresh };
  });
  return { ...sla, sections };
}

/** The facilitator has taken in what changed under an edited section: its text is now based on the numbers of today. */
export function acknowledgeChanges(w: Workshop, id: string): SlaDraft {
  const { sla, fresh: all } = refreshSla(w);
  const fresh = all.find((s) => s.id === id)?.body;
  if (fresh === undefined) return sla;
  return { ...sla, sections: sla.sections.map((s) => (s.id === id ? { ...s, generated: fresh } : s)) };
}

/** One line that changed under an edited section: what the numbers said then, and what they say now. */
export interface SectionChange {
  before: string;
  after: string;
}

/**
 * What changed under an edited section since it was edited: the generated lines that differ, paired in
 * order ("Deliver 186 MQLs per month" -> "Deliver 224 MQLs per month"). Empty when nothing changed.
 */
export function sectionChanges(w: Workshop, id: string): SectionChange[] {
  const { sla, fresh: all } = refreshSla(w);
  const section = sla.sections.find((s) => s.id === id);
  if (!section || !isEdited(section)) return [];
  const fresh = all.find((s) => s.id === id)?.body ?? '';
  if (fresh === section.generated) return [];
  const before = section.generated.split('\n').filter((l) => l.trim());
  const after = fresh.split('\n').filter((l) => l.trim());
  const gone = before.filter((l) => !after.includes(l));
  const came = after.filter((l) => !before.includes(l));
  const changes: SectionChange[] = [];
  for (let i = 0; i < Math.max(gone.length, came.length); i++) {
    changes.push({ before: gone[i] ?? '', after: came[i] ?? '' });
  }
  return changes;
}
