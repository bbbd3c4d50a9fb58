import { formatMinutes } from '../domain/agenda';
import { hasActualTime, plannedVsActual } from '../domain/agendaFit';
import { humanDay } from '../domain/actions/dates';
import { ownerLabel } from '../domain/actions/list';
import { sourceLabel } from '../domain/actions/source';
import { resultsAllowed } from '../domain/results/compute';
import type { RoundFindings } from '../domain/results/findings';
import { MATURITY_MAPPING, MATURITY_SOURCE, MATURITY_STAGES } from '../domain/results/maturity';
import { formatScore } from '../domain/results/scoring';
import { hasWorkstream, prioritisedWorkstream } from '../domain/room/workstream';
import type { Workshop } from '../schema/workshop';
import type { Block } from './model';

/**
 * The parts of the exports that come from deciding together: how aligned each side feels (maturity stages,
 * with the mapping onto our scale and the source), the prioritised workstream with the finding each action
 * came from, and planned against actual time per agenda item.
 */

/** The maturity stages of the latest round that shows results, per side, with the mapping stated. */
export function maturityBlocks(w: Workshop, findings: Readonly<Record<string, RoundFindings>> = {}): Block[] {
  const round = [...w.survey.rounds]
    .reverse()
    .find((r) => resultsAllowed(r, w.anonymityThreshold).allowed && findings[r.id]?.results.available);
  const results = round ? (findings[round.id]?.results ?? null) : null;
  const h = results?.headline;
  if (!results || !h) return [];
  const row = (label: string, score: number | null, stage: string | null, note = '') => [
    label,
    score === null ? '—' : formatScore(score),
    stage ?? note,
  ];
  return [
    { kind: 'heading', level: 3, text: `How aligned each side feels (${results.roundName})` },
    { kind: 'paragraph', text: h.story },
    {
      kind: 'table',
      caption: 'Maturity stage per side',
      head: ['Who', 'Score (0–100)', 'Stage'],
      rows: [
        row('Sales', h.sides.sales?.score ?? null, h.sides.sales?.stage.name ?? null, 'Hidden to protect anonymity'),
        row(
          'Marketing',
          h.sides.marketing?.score ?? null,
          h.sides.marketing?.stage.name ?? null,
          'Hidden to protect anonymity',
        ),
        row('Everyone', h.everyone?.score ?? null, h.everyone?.stage.name ?? null),
      ],
      numeric: [false, true, false],
    },
    {
      kind: 'list',
      items: MATURITY_STAGES.map(
        (s) =>
          `${s.name} (our ${s.from}–${s.to === 100 ? 100 : s.to - 1}; the article's ${s.articleBand}): ${s.description}`,
      ),
    },
    { kind: 'paragraph', tone: 'muted', text: `${MATURITY_SOURCE} ${MATURITY_MAPPING}` },
  ];
}

/** The prioritised workstream: the actions in the room's order, each with the finding it came from. */
export function workstreamBlocks(w: Workshop, today: string): Block[] {
  if (!hasWorkstream(w)) return [];
  const rows = prioritisedWorkstream(w).filter((r) => r.rank !== null);
  return [
    {
      kind: 'table',
      caption: 'Prioritised workstream, in the room’s order',
      head: ['#', 'What', 'Who', 'When', 'Votes', 'Impact / effort', 'Comes from'],
      rows: rows.map((r) => [
        String(r.rank),
        r.action.what,
        ownerLabel(r.action, w.teams) || '—',
        r.action.due ? humanDay(r.action.due) : 'No date',
        r.votes === null ? '—' : String(r.votes),
        r.quadrant ?? '—',
        sourceLabel(r.action) || '—',
      ]),
      numeric: [true, false, false, false, true, false, false],
      nowrap: [false, false, false, true, false, false, false],
      marked: rows.flatMap((r, i) => (r.action.due !== null && r.action.due < today ? [i] : [])),
    },
  ];
}

/** Planned against actual minutes per agenda item, once the timer has run (the running stretch not counted). */
export function agendaTimeBlocks(w: Workshop): Block[] {
  const agenda = w.agenda;
  const at = agenda.timer.runningSince ?? 0;
  if (!hasActualTime(agenda, at)) return [];
  const rows = plannedVsActual(agenda, at);
  const signed = (m: number) => (m === 0 ? 'on time' : m > 0 ? `+${formatMinutes(m)}` : `−${formatMinutes(-m)}`);
  const planned = rows.reduce((s, r) => s + r.plannedMinutes, 0);
  const actual = rows.reduce((s, r) => s + r.actualMinutes, 0);
  return [
    {
      kind: 'table',
      caption: 'Planned and actual time per item',
      head: ['Item', 'Planned (min)', 'Actual (min)', 'Difference'],
      rows: [
        ...rows.map((r) => [r.title, String(r.plannedMinutes), String(r.actualMinutes), signed(r.deltaMinutes)]),
        ['Total', String(planned), String(actual), signed(actual - planned)],
      ],
      numeric: [false, true, true, false],
    },
  ];
}
