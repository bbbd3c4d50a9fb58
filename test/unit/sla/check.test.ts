import { describe, expect, it } from 'vitest';
import {
  acknowledgeChanges,
  checkSla,
  editSection,
  effectiveSla,
  generateSlaSections,
  sectionChanges,
  slaCommitments,
  slaIsSignable,
} from '../../../shared/domain/sla';
import { addCard, commitCard } from '../../../shared/domain/room/board';
import { Workshop } from '../../../shared/schema/workshop';
import { inconsistentReferenceWorkshop, REFERENCE, referenceWorkshop } from '../../helpers/referenceWorkshop';
import { emptyWorkshop } from '../export/fullWorkshop';

const kinds = (w: Workshop) => checkSla(w).contradictions.map((c) => c.kind);

describe('SLA consistency checker', () => {
  it('finds nothing to fix in the consistent reference workshop, and only the estimate gap', () => {
    const check = checkSla(referenceWorkshop());
    expect(check.contradictions).toEqual([]);
    expect(check.missing).toEqual([]);
    expect(check.toAgree).toEqual([]);
    expect(check.changed).toEqual([]);
    expect(slaIsSignable(check)).toBe(true);
    // The room expects 150 MQLs a month where the goal needs 167: a gap with its size, not a second target.
    expect(check.gaps).toHaveLength(1);
    expect(check.gaps[0]?.message).toBe('MQLs: 150 a month expected, 167 needed: 17 a month short (−17).');
  });

  it('every commitment of the reference has a number, a unit, a period and an owner', () => {
    for (const c of slaCommitments(referenceWorkshop())) {
      expect(c.number, c.id).not.toBeNull();
      expect(c.owner, c.id).toBeTruthy();
      expect(c.unit, c.id).toBeTruthy();
      expect(c.period, c.id).toBeTruthy();
    }
  });

  it('a commitment the room wrote on the live board is signable only once it says how many or by when', () => {
    const ref = referenceWorkshop();
    const cardId = (n: number) => `00000000-0000-4000-8000-7${String(n).padStart(11, '0')}`;
    let board = ref.room.board;
    for (const [n, text] of [
      [1, 'Send four case studies a quarter'],
      [2, 'Share 4 case studies per quarter'],
    ] as const) {
      const added = addCard({ ...ref.room, board }, 'marketing-needs', text, cardId(n));
      if ('error' in added) throw new Error(added.error);
      board = commitCard(added.board, cardId(n), 'sales');
    }
    const check = checkSla({ ...ref, room: { ...ref.room, board } });
    expect(check.missing.map((m) => m.message)).toEqual([
      '“Send four case studies a quarter” (agreed in the room): no number yet (how many, or by when).',
    ]);
    expect(check.missing[0]?.sections).toEqual(['sales']);
    expect(slaIsSignable(check)).toBe(false);
  });

  it('finds the contradictions of the seeded workshop, with both numbers and the fix', () => {
    const w = inconsistentReferenceWorkshop(generateSlaSections);
    const check = checkSla(w);
    const byKind = new Map(check.contradictions.map((c) => [c.kind, c]));

    const volume = byKind.get('volume-acceptance');
    expect(volume?.message).toBe(
      '186 MQLs a month × 50% accepted = 93 accepted leads a month, but the targets need 100 SALs a month.',
    );
    expect(volume?.numbers.map((n) => n.value)).toEqual(['186', '50%', '100']);
    expect(volume?.fix).toBe(
      'Deliver 200 MQLs a month (100 / 50%), or agree at least 53.8% accepted, or agree the targets again.',
    );
    expect(byKind.get('volume-differs')?.message).toBe(
      `Marketing’s commitments say 186 MQLs per month; the shared goal needs ${REFERENCE.perMonth.mqls}.`,
    );

    const cadence = byKind.get('followup-cadence');
    expect(cadence?.message).toMatch(
      /within 240 hours \(10 days\), longer than the 168 hours between two weekly meetings/,
    );
    expect(cadence?.fix).toMatch(/under 168 hours .*within 1 hour/);

    const threshold = byKind.get('threshold-definition');
    expect(threshold?.message).toBe(
      'The MQL definition says 50 points; the scoring model’s MQL threshold is 60 points.',
    );
    expect(threshold?.sections).toEqual(['definitions', 'scoring']);

    // The hand-edited section lost its enablement number: that commitment is still to be agreed in the text.
    expect(check.toAgree).toEqual([]);
    expect(slaIsSignable(check)).toBe(false);
  });

  it('a hand-edited section shows what changed under it, until the facilitator takes it in', () => {
    const w = referenceWorkshop();
    const sla = editSection(w, 'marketing', 'Marketing commits to:\n- Deliver 167 MQLs per month.');
    const edited = Workshop.parse({ ...w, sla });
    expect(sectionChanges(edited, 'marketing')).toEqual([]);
    // The goal rises: the numbers under the edited section change, the text stays as written.
    const raised = Workshop.parse({ ...edited, objectives: { ...edited.objectives, revenueGoal: 3_000_000 } });
    expect(effectiveSla(raised).sections.find((s) => s.id === 'marketing')?.body).toContain('Deliver 167 MQLs');
    const changes = sectionChanges(raised, 'marketing');
    expect(changes[0]).toEqual({
      before: '- Volume: deliver 167 MQLs per month, what the shared goal needs.',
      after: '- Volume: deliver 207 MQLs per month, what the shared goal needs.',
    });
    expect(checkSla(raised).changed.map((c) => c.section)).toEqual(['marketing']);
    expect(kinds(raised)).toContain('volume-differs');
    const taken = Workshop.parse({ ...raised, sla: acknowledgeChanges(raised, 'marketing') });
    expect(sectionChanges(taken, 'marketing')).toEqual([]);
  });

  it('counts template wording and first values as still to be agreed until confirmed', () => {
    const w = referenceWorkshop();
    const fresh = Workshop.parse({
      ...w,
      sla: { ...w.sla, terms: { ...w.sla.terms, confirmed: [], acceptWithinDays: 2 } },
    });
    const check = checkSla(fresh);
    const sections = check.toAgree.map((t) => t.section);
    expect(sections).toEqual(expect.arrayContaining(['meetings', 'changes', 'reporting', 'sales', 'pilot']));
    expect(check.toAgree.find((t) => t.section === 'sales')?.items).toContain('how many working days');
    expect(check.missing.map((m) => m.message)).toContain(
      'Accept or reject each MQL: no number yet (working days per MQL).',
    );
  });

  it('lists every missing number and party of an empty workshop with where to agree it', () => {
    const check = checkSla(emptyWorkshop());
    const messages = check.missing.map((m) => m.message);
    expect(messages).toContain('MQLs delivered: no number yet (MQLs per month).');
    expect(messages).toContain('Follow-up time after the MQL hand-off: no number yet (hours per MQL).');
    expect(messages).toContain('The sponsor (MD / CEO) who signs: not named yet.');
    expect(messages).toContain('To whom rejected leads go: not named yet.');
    expect(check.contradictions).toEqual([]);
  });
});
