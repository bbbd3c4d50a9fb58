import { humanDay } from '../domain/actions/dates';
import { isOverdue, PRIORITY_LABEL, STATUS_LABEL } from '../domain/actions/list';
import { sessionName } from '../domain/actions/review';
import { shuffled } from '../domain/ids';
import { effectiveThreshold, suppress, TEAM_COMMENTS_MIN } from '../domain/results/anonymity';
import { resultsAllowed, type AnsweredRound } from '../domain/results/compute';
import { cleanText } from '../domain/text';
import type { SurveyResponse, SurveyRound } from '../schema/survey';
import type { Workshop } from '../schema/workshop';
import { presentOrder } from '../domain/funnel/edges';
import { OWNER_LABEL } from '../domain/funnel/lanes';
import { volumesFromModel } from '../domain/funnel/volumes';
import { workshopModel } from '../domain/revenue/model';
import { sourceLabel } from './actionsDoc';

/**
 * CSV exports (RFC 4180, CRLF, UTF-8 with a byte order mark so spreadsheet apps read every script).
 * Text a spreadsheet would run as a formula (starting with = + - @) is prefixed with an apostrophe.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when needed, quotes doubled; user text is defused against formulas. */
export function csvField(value: string | number | null, userText = true): string {
  let s = value === null ? '' : typeof value === 'number' ? String(value) : cleanText(value);
  if (userText && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with a header row. */
export function toCsv(head: string[], rows: (string | number | null)[][]): string {
  const line = (cells: (string | number | null)[]) => cells.map((c) => csvField(c)).join(',');
  return `\uFEFF${[line(head), ...rows.map(line)].join('\r\n')}\r\n`;
}

/** The action list as CSV: who, what, when, status, priority, where it came from. */
export function actionsCsv(w: Workshop, today: string): string {
  const team = (id: string | null) => (id ? (w.teams.find((t) => t.id === id)?.name ?? '') : '');
  return toCsv(
    ['What', 'Who', 'Team', 'Due', 'Due (readable)', 'Status', 'Overdue', 'Priority', 'From', 'Session', 'Notes'],
    w.actions.map((a) => [
      a.what,
      a.who,
      team(a.teamId),
      a.due ?? '',
      a.due ? humanDay(a.due) : '',
      STATUS_LABEL[a.status],
      isOverdue(a, today) ? 'yes' : 'no',
      PRIORITY_LABEL[a.priority],
      sourceLabel(a),
      sessionName(w, a),
      a.notes,
    ]),
  );
}

/** The anonymous responses export and what the anonymity rules did to it. */
export interface ResponsesCsv {
  csv: string;
  rows: number;
  /** What was merged, left out or withheld, said plainly (show these to the facilitator). */
  notes: string[];
}

/** The label used for teams too small to be shown on their own. */
export const MERGED_TEAMS = 'Other teams (merged to protect anonymity)';

/**
 * A responses file with nothing to export: a header row and one row that says why, so the file still
 * opens in a spreadsheet and says what is missing (as the other exports of an empty workshop do).
 */
export function emptyResponsesCsv(note: string): ResponsesCsv {
  return { csv: toCsv(['Team', 'Note'], [['(no responses exported)', note]]), rows: 0, notes: [note] };
}

/**
 * The anonymous responses of a round as CSV: one row per response in a fresh random order, no
 * timestamps or ids. A team below the anonymity threshold (or hidden so it cannot be worked out from
 * the others) is merged with the other hidden teams when together they reach the threshold, and left
 * out otherwise. Comments stay only for groups of ten or more, as on the results screens.
 */
export function responsesCsv(
  w: Pick<Workshop, 'teams' | 'anonymityThreshold'>,
  round: AnsweredRound & Pick<SurveyRound, 'status' | 'revealed'>,
  shuffle: <T>(items: readonly T[]) => T[] = shuffled,
): ResponsesCsv {
  const empty = emptyResponsesCsv;
  const t = effectiveThreshold(w.anonymityThreshold);
  const allowed = resultsAllowed({ ...round, responseCount: round.responseCount ?? round.responses.length }, t);
  if (!allowed.allowed) return empty(`No responses exported: ${allowed.reason}`);
  if (round.responses.length === 0) return empty('No responses in this round yet.');
  if (round.responses.length < t) return empty(`No responses exported: fewer than ${t} in this round.`);

  const counts = new Map<string, number>();
  for (const r of round.responses) counts.set(r.team, (counts.get(r.team) ?? 0) + 1);
  const { visibility } = suppress(
    [...counts].map(([id, n]) => ({ id, n })),
    t,
  );
  const name = (id: string) => w.teams.find((x) => x.id === id)?.name ?? 'Unknown team';
  const hidden = [...counts.keys()].filter((id) => visibility.get(id) !== 'shown');
  const hiddenN = hidden.reduce((s, id) => s + (counts.get(id) ?? 0), 0);
  const merge = hiddenN >= t;
  const notes: string[] = [];
  if (hidden.length && merge) {
    notes.push(`${hidden.map(name).join(', ')}: merged as “${MERGED_TEAMS}” (each too small to show on its own).`);
  } else if (hidden.length) {
    notes.push(`${hidden.map(name).join(', ')}: left out to protect anonymity (together fewer than ${t} responses).`);
  }
  const groupOf = (r: SurveyResponse) => (hidden.includes(r.team) ? (merge ? MERGED_TEAMS : null) : name(r.team));
  const kept = round.responses.filter((r) => groupOf(r) !== null);
  const groupSize = new Map<string, number>();
  for (const r of kept) groupSize.set(groupOf(r) as string, (groupSize.get(groupOf(r) as string) ?? 0) + 1);
  const withheld = [...groupSize].filter(([, n]) => n < TEAM_COMMENTS_MIN).map(([g]) => g);
  if (withheld.length && round.questions.openQuestions.length) {
    notes.push(
      `Comments of ${withheld.join(', ')} are left out here (groups under ${TEAM_COMMENTS_MIN}); the playbook shows all comments pooled and shuffled.`,
    );
  }

  const { statements, openQuestions } = round.questions;
  const head = ['Team', ...statements.map((s) => s.text), ...openQuestions.map((q) => q.text)];
  const rows = shuffle(kept).map((r) => {
    const group = groupOf(r) as string;
    const commentsAllowed = (groupSize.get(group) ?? 0) >= TEAM_COMMENTS_MIN;
    return [
      group,
      ...statements.map((s) => {
        const a = r.answers[s.id];
        return a === undefined ? '' : a === 'dont-know' ? "don't know" : a;
      }),
      ...openQuestions.map((q) => (commentsAllowed ? (r.comments[q.id] ?? '') : '')),
    ];
  });
  return { csv: toCsv(head, rows), rows: rows.length, notes };
}

/**
 * The revenue model as a spreadsheet: every stage of the funnel (or the standard stages before it is drawn)
 * with its rate to the next stage, what the goal needs per period and per month, and the room's estimate
 * with its gap. The same numbers as every screen and document; cells say why when there is no number.
 */
export function targetsCsv(w: Workshop): string {
  const model = workshopModel(w);
  const period = model.periodWord;
  const head = [
    'Stage',
    'Owner',
    'Rate to next (%)',
    `Needed per ${period}`,
    'Needed per month',
    'Expected per month',
    'Gap per month',
  ];
  if (w.funnel.stages.length === 0) {
    return toCsv(
      head,
      model.chain.map((s) => [
        s.name,
        '',
        s.next ? (s.rate ?? 'to be agreed') : '',
        s.need?.perPeriod ?? s.message,
        s.need?.perMonth ?? '',
        '',
        '',
      ]),
    );
  }
  const volumes = volumesFromModel(w.funnel, model, w.objectives);
  const byId = new Map(w.funnel.stages.map((s) => [s.id, s]));
  return toCsv(
    head,
    presentOrder(w.funnel).map((id) => {
      const s = byId.get(id)!;
      const v = volumes.stages[id];
      const ok = v?.status === 'ok' ? v : null;
      return [
        s.name,
        OWNER_LABEL[s.owner],
        s.kind === 'customer' ? '' : (volumes.rates[id] ?? 'to be agreed'),
        ok ? ok.perPeriod : v && v.status !== 'ok' ? v.message : '',
        ok ? ok.perMonth : '',
        s.volumePerMonth,
        ok?.gap ?? '',
      ];
    }),
  );
}
