import { defaultAgenda, startTimer } from '../../../shared/domain/agenda';
import { templateFunnel } from '../../../shared/domain/funnel/template';
import { newId } from '../../../shared/domain/ids';
import type { RoundFindings } from '../../../shared/api';
import { decisionsFor, addTheme, moveToTheme, toggleHidden, toggleStar } from '../../../shared/domain/results';
import {
  addCard,
  addToShortList,
  commitCard,
  openVoting,
  placeItem,
  setTally,
  workstreamActions,
} from '../../../shared/domain/room';
import type { Workshop } from '../../../shared/schema/workshop';
import { seedResultsWorkshop, type Call } from './seedResults';

function ok<T extends object>(r: T): Exclude<T, { error: unknown }> {
  if ('error' in r) throw new Error(JSON.stringify((r as { error: unknown }).error));
  return r as Exclude<T, { error: unknown }>;
}

/**
 * A workshop with everything the room decides filled in: results, the funnel template, a running agenda
 * timer, the live board (one card an action, one an SLA commitment), a voted and placed short list turned
 * into the prioritised workstream, comment themes with a hidden and a starred comment.
 */
export async function seedRoomWorkshop(
  call: Call,
  title: string,
): Promise<{ workshop: Workshop; hiddenComment: string }> {
  let w = await seedResultsWorkshop(call, { title, sizes: { Sales: 6, Marketing: 6, Leadership: 5 } });
  const round = w.survey.rounds[0]!;
  const agenda = defaultAgenda();
  w = {
    ...w,
    funnel: { ...w.funnel, ...templateFunnel() },
    agenda: { ...w.agenda, items: agenda, timer: startTimer(w.agenda.timer, agenda[2]!.id, Date.now()) },
  };
  let room = w.room;
  for (const [column, text] of [
    ['sales-needs', 'Tell us why a lead was rejected, within two days'],
    ['marketing-needs', 'Log the outcome of every accepted lead in the CRM'],
    ['start', 'A 30-minute weekly pipeline meeting'],
    ['stop', 'Sending leads without a phone number'],
    ['continue', 'Sharing wins on the team channel'],
  ] as const)
    room = { ...room, board: ok(addCard(room, column, text, newId())).board };
  room = { ...room, board: commitCard(room.board, room.board[0]!.id, 'marketing') };
  for (const [ref, text] of [
    ['lang-mql-sal-sql', 'One MQL definition, written down'],
    ['comm-meet-often', 'Weekly joint pipeline meeting'],
    ['report-shared-crm', 'One shared CRM dashboard'],
  ])
    room = {
      ...room,
      shortList: ok(
        addToShortList(room, { text: text!, source: { kind: 'finding', ref: ref!, label: `Gap: ${text}` } }, newId()),
      ).shortList,
    };
  room = { ...room, voting: ok(openVoting(room, { mode: 'tally', dotsPerPerson: 3 })).voting };
  room.shortList.forEach((item, k) => {
    room = { ...room, voting: ok(setTally(room, item.id, [4, 7, 2][k]!)).voting };
    room = { ...room, shortList: placeItem(room.shortList, item.id, [80, 70, 30][k]!, [30, 60, 20][k]!) };
  });
  const wall = (await call<RoundFindings>('results.round', w.id, round.id, null)).comments!;
  let d = decisionsFor([], round.id);
  const themeId = newId();
  d = ok(addTheme(d, 'Lead quality', themeId)).decisions;
  for (const c of wall.comments.slice(0, 3)) d = moveToTheme(d, c.key, themeId);
  d = toggleStar(d, wall.comments[1]!.key);
  // A comment whose text no other question shares, so "never shown" can be checked by its text.
  const hidden = wall.comments.find((c) => wall.comments.every((o) => o.text !== c.text || o.key === c.key))!;
  d = toggleHidden(d, hidden.key);
  room = { ...room, comments: [d] };
  w = { ...w, room };
  const made = workstreamActions(w, { newId, now: new Date().toISOString(), sessionId: null });
  w = {
    ...w,
    actions: [...w.actions, ...made.added.map((a) => ({ ...a, who: 'Tom Becker', due: '2026-12-18' }))],
    room: { ...w.room, shortList: made.shortList },
  };
  await call('workshops.save', w);
  return {
    workshop: (await call<{ workshop: Workshop }>('workshops.open', w.id)).workshop,
    hiddenComment: hidden.text,
  };
}
