import { describe, expect, it } from 'vitest';
import { startTimer, nextItem } from '../../../shared/domain/agenda';
import { addToShortList, openVoting, setTally, workstreamActions } from '../../../shared/domain/room';
import { actionsMarkdown, playbookMarkdown } from '../../../shared/export/markdown';
import type { Workshop } from '../../../shared/schema/workshop';
import { fullFindings, fullWorkshop, IDS } from '../export/fullWorkshop';

const uuid = (n: number) => `00000000-0000-4000-8000-5000000000${String(n).padStart(2, '0')}`;

function decided(): Workshop {
  let w = fullWorkshop();
  let room = w.room;
  for (const [k, text, label] of [
    [1, 'One MQL definition', 'Gap: MQL definition (Sales 20, Marketing 84)'],
    [2, 'Weekly pipeline meeting', 'Weak dimension: Communication (41)'],
  ] as const) {
    const r = addToShortList(room, { text, source: { kind: 'finding', ref: `f${k}`, label } }, uuid(k));
    if ('error' in r) throw new Error(r.error.message);
    room = { ...room, shortList: r.shortList };
  }
  const o = openVoting(room, { mode: 'tally', dotsPerPerson: 3 });
  if ('error' in o) throw new Error(o.error.message);
  room = { ...room, voting: o.voting };
  const t = setTally(room, uuid(2), 6);
  if ('error' in t) throw new Error(t.error.message);
  room = { ...room, voting: t.voting };
  w = { ...w, room };
  let n = 10;
  const made = workstreamActions(w, { newId: () => uuid(n++), now: '2026-12-01T10:00:00.000Z', sessionId: null });
  w = { ...w, actions: [...w.actions, ...made.added], room: { ...w.room, shortList: made.shortList } };
  const items = w.agenda.items.length ? w.agenda.items : [];
  let timer = startTimer(w.agenda.timer, items[0]!.id, 0);
  timer = nextItem(items, timer, 14 * 60_000);
  return { ...w, agenda: { ...w.agenda, timer } };
}

describe('the exports carry what the room decided', () => {
  const w = decided();
  const md = playbookMarkdown(w, { today: '2026-12-01', shuffle: (x) => [...x], findings: fullFindings(w) });

  it('lists the prioritised workstream in the voted order, each with its source finding', () => {
    const at = md.indexOf('Prioritised workstream');
    expect(at).toBeGreaterThan(0);
    const table = md.slice(at, md.indexOf('\n\n', at + 60));
    expect(table.indexOf('Weekly pipeline meeting')).toBeLessThan(table.indexOf('One MQL definition'));
    expect(table).toContain('Survey finding: Gap: MQL definition (Sales 20, Marketing 84)');
    expect(actionsMarkdown(w, { today: '2026-12-01' })).toContain('Prioritised workstream');
  });

  it('states the maturity stages, the mapping onto 0-100 and the source', () => {
    expect(md).toContain('How aligned each side feels');
    expect(md).toContain('Ending the War Between Sales and Marketing');
    expect(md).toContain('(S − 20) × 1.25');
    expect(md).toMatch(/Undefined \(our 0–24; the article's 20-39\)/);
  });

  it('gives planned against actual time per agenda item', () => {
    expect(md).toContain('Planned and actual time per item');
    expect(md).toMatch(
      new RegExp(
        `\\| ${w.agenda.items[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\| ${w.agenda.items[0]!.minutes} \\| 14 \\|`,
      ),
    );
  });

  it('says nothing of it before the room decided', () => {
    const plain = playbookMarkdown(fullWorkshop(), { today: '2026-12-01', shuffle: (x) => [...x] });
    expect(plain).not.toContain('Prioritised workstream');
    expect(plain).not.toContain('Planned and actual time');
    expect(IDS.workshop).toBeTruthy();
  });
});
