import { describe, expect, it } from 'vitest';
import {
  checkScoring,
  definedTerm,
  defaultScoring,
  effectiveSla,
  generateSlaSections,
  isEdited,
  refreshSla,
  regenerateSection,
  SLA_SECTIONS,
  slaFacts,
  textBlocks,
} from '../../../shared/domain/sla';
import { calculateTargets } from '../../../shared/domain/calculator';
import { SlaDraft } from '../../../shared/schema/sla';
import { Workshop } from '../../../shared/schema/workshop';
import { emptyWorkshop, fullWorkshop } from '../export/fullWorkshop';

function body(sla: SlaDraft, id: string): string {
  return sla.sections.find((s) => s.id === id)?.body ?? '';
}

describe('SLA generation', () => {
  it('writes every section, in order, with a title and text', () => {
    const { sla, added } = refreshSla(fullWorkshop());
    expect(sla.sections.map((s) => s.id)).toEqual(SLA_SECTIONS.map((s) => s.id));
    expect(added).toHaveLength(SLA_SECTIONS.length);
    for (const s of sla.sections) {
      expect(s.body.length).toBeGreaterThan(40);
      expect(isEdited(s)).toBe(false);
    }
    expect(() => SlaDraft.parse(sla)).not.toThrow();
  });

  it('takes the targets from the revenue calculator', () => {
    const w = fullWorkshop();
    const calc = calculateTargets(w.objectives, w.funnel);
    const goal = body(refreshSla(w).sla, 'goal');
    expect(goal).toContain('€10,000 per quarter');
    expect(goal).toContain('10,000 / 1,000 = 10 customers');
    expect(goal).toContain('10 / 2% = 500 leads');
    expect(goal).toContain(`Leads: 500 per quarter, ${calc.perMonth?.leads} per month`);
    // The room's estimate on the MQL stage is an observation, never the commitment: no stage rates, no MQL number.
    expect(body(refreshSla(w).sla, 'marketing')).not.toContain('120 MQLs');
  });

  it('uses stage conversion rates for MQLs when the funnel has no volume', () => {
    const w = fullWorkshop();
    const stages = w.funnel.stages.map((s) => ({ ...s, volumePerMonth: null }));
    const objectives = {
      ...w.objectives,
      rateMode: 'stages' as const,
      stageRates: { leadToMql: 40, mqlToSal: 50, salToSql: 60, sqlToOpportunity: 50, opportunityToCustomer: 40 },
    };
    const w2 = Workshop.parse({ ...w, objectives, funnel: { ...w.funnel, stages } });
    const calc = calculateTargets(w2.objectives, w2.funnel);
    const text = body(refreshSla(w2).sla, 'marketing');
    expect(text).toContain(`deliver ${calc.perMonth?.mqls} MQLs per month, what the shared goal needs`);
    expect(body(refreshSla(w2).sla, 'goal')).toMatch(/MQLs: [\d,]+ per quarter, [\d,]+ per month/);
  });

  it('writes definitions from the funnel stages’ entry criteria and commitments from the hand-offs', () => {
    const sla = refreshSla(fullWorkshop()).sla;
    expect(body(sla, 'definitions')).toContain('- SQL: Budget, authority, need and timing confirmed');
    expect(body(sla, 'definitions')).toContain('- First touch: Visited the website');
    // One lead-to-customer rate: the MQLs and their acceptance are still to be agreed (no second number).
    expect(body(sla, 'marketing')).toContain('MQLs delivered per month: [to be agreed');
    expect(body(sla, 'sales')).toContain('within 24 hours');
    expect(body(sla, 'sales')).toContain('at least 6 follow-up attempts');
    // A first value nobody confirmed reads as still to be agreed, never as agreed.
    expect(body(sla, 'sales')).toContain(
      'Time to accept or reject each MQL (always with a reason when rejecting): [to be agreed: how many working days].',
    );
    expect(body(sla, 'reporting')).toContain('Not ready to buy yet');
    expect(body(sla, 'signoff')).toContain('Head of Sales: name ....');
    expect(body(sla, 'pilot')).toContain('[to be agreed: how many weeks]');
    const confirmed = Workshop.parse({
      ...fullWorkshop(),
      sla: { terms: { ...fullWorkshop().sla.terms, confirmed: ['term:acceptWithinDays', 'term:pilotWeeks'] } },
    });
    expect(body(refreshSla(confirmed).sla, 'sales')).toContain('within 2 working days');
    expect(body(refreshSla(confirmed).sla, 'pilot')).toContain('6 weeks');
  });

  it('fills the scoring table and threshold the first time only', () => {
    const first = refreshSla(fullWorkshop()).sla;
    expect(first.scoring).toEqual(defaultScoring());
    expect(first.mqlThreshold).toBe(50);
    const w = fullWorkshop();
    const edited = Workshop.parse({ ...w, sla: { ...first, scoring: [], mqlThreshold: 30 } });
    const again = refreshSla(edited).sla;
    expect(again.scoring).toEqual([]);
    expect(body(again, 'scoring')).toContain('at 30 points');
  });

  it('says what is missing on an empty workshop, and still writes every section', () => {
    const w = emptyWorkshop();
    const sla = refreshSla(w).sla;
    expect(sla.sections).toHaveLength(SLA_SECTIONS.length);
    expect(body(sla, 'goal')).toContain('[to be agreed');
    // A missing value is named first, then said to be open: never "within to be agreed" or "[N] MQLs".
    expect(body(sla, 'sales')).toContain('Follow-up time for every MQL after the hand-off: [to be agreed: hours].');
    expect(body(sla, 'sales')).toContain(
      'Follow-up attempts before giving a lead back: [to be agreed: how many, at least].',
    );
    expect(body(sla, 'marketing')).toContain(
      'MQLs delivered per month: [to be agreed: the number, from the stage rates of the funnel].',
    );
    expect(body(sla, 'sales')).not.toMatch(/within \[to be agreed|at least \[to be agreed/);
    const missing = slaFacts(w).missing.join('\n');
    expect(missing).toContain('revenue goal');
    expect(missing).toContain('funnel');
    expect(missing).toContain('Sales team');
    expect(slaFacts(fullWorkshop()).missing).toEqual([
      'the MQLs per month: work the objectives stage by stage so they follow from the goal (Agenda & objectives)',
    ]);
  });
});

describe('edit protection', () => {
  function withSla(w: Workshop, sla: SlaDraft): Workshop {
    return Workshop.parse({ ...w, sla });
  }

  it('refresh updates untouched sections and never overwrites edited text', () => {
    const w = fullWorkshop();
    const first = refreshSla(w).sla;
    const mine = 'Our own words about the parties. | # <b>kept</b>';
    const edited = {
      ...first,
      sections: first.sections.map((s) => (s.id === 'parties' || s.id === 'sales' ? { ...s, body: mine } : s)),
    };
    // The workshop changes: new company, faster follow-up.
    const changed = withSla(
      {
        ...w,
        company: 'Acme SE',
        funnel: {
          ...w.funnel,
          handoffs: w.funnel.handoffs.map((h) => (h.responseHours === 24 ? { ...h, responseHours: 4 } : h)),
        },
      },
      edited,
    );
    const r = refreshSla(changed);
    expect(body(r.sla, 'parties')).toBe(mine);
    expect(body(r.sla, 'sales')).toBe(mine);
    expect(r.stale.map((s) => s.id).sort()).toEqual(['parties', 'sales']);
    // Untouched sections that say the follow-up time follow it by themselves.
    expect(r.updated).toEqual(['remedies']);
    // An untouched section that mentions the company would update; check one that changed via hours:
    const untouched = withSla({ ...changed }, first);
    const r2 = refreshSla(untouched);
    expect(r2.updated).toEqual(expect.arrayContaining(['parties', 'sales']));
    expect(body(r2.sla, 'sales')).toContain('within 4 hours');
  });

  it('regenerating an edited section asks first, and replaces it only when confirmed', () => {
    const w = fullWorkshop();
    const first = refreshSla(w).sla;
    const edited = withSla(w, {
      ...first,
      sections: first.sections.map((s) => (s.id === 'pilot' ? { ...s, body: 'My pilot' } : s)),
    });
    const ask = regenerateSection(edited, 'pilot');
    expect(ask.status).toBe('needs-confirmation');
    expect(body(ask.sla, 'pilot')).toBe('My pilot');
    if (ask.status === 'needs-confirmation') {
      expect(ask.current).toBe('My pilot');
      expect(ask.proposed).toContain('pilot with');
    }
    const yes = regenerateSection(edited, 'pilot', { overwrite: true });
    expect(yes.status).toBe('updated');
    expect(body(yes.sla, 'pilot')).toContain('pilot with');
    expect(isEdited(yes.sla.sections.find((s) => s.id === 'pilot')!)).toBe(false);
    // Other edits are untouched by regenerating one section.
    const both = withSla(w, {
      ...first,
      sections: first.sections.map((s) => (s.id === 'pilot' || s.id === 'remedies' ? { ...s, body: 'Mine' } : s)),
    });
    const one = regenerateSection(both, 'pilot', { overwrite: true });
    expect(body(one.sla, 'remedies')).toBe('Mine');
  });

  it('regenerating an untouched section needs no confirmation', () => {
    const w = fullWorkshop();
    const first = withSla(w, refreshSla(w).sla);
    expect(regenerateSection(first, 'goal').status).toBe('unchanged');
    const fresh = regenerateSection(w, 'goal');
    expect(fresh.status).toBe('updated');
    expect(fresh.sla.sections).toHaveLength(SLA_SECTIONS.length);
  });

  it('exports use the edited text where there is one and fresh text elsewhere', () => {
    const w = fullWorkshop();
    const first = refreshSla(w).sla;
    const edited = withSla(
      { ...w, title: 'Renamed' },
      { ...first, sections: first.sections.map((s) => (s.id === 'goal' ? { ...s, body: 'Edited goal' } : s)) },
    );
    const sla = effectiveSla(edited);
    expect(body(sla, 'goal')).toBe('Edited goal');
    expect(body(sla, 'parties')).toContain('Renamed');
  });
});

describe('scoring checks and text blocks', () => {
  it('flags empty criteria, duplicates, bad points and unreachable thresholds', () => {
    const rules = [
      { id: 'a', criterion: 'Fits ICP', points: 20 },
      { id: 'b', criterion: ' fits icp ', points: 10 },
      { id: 'c', criterion: '', points: 5 },
      { id: 'd', criterion: 'Huge', points: 5000 },
    ];
    const issues = checkScoring(rules, 9999);
    expect(issues.map((i) => i.ruleId)).toEqual(['b', 'c', 'd', null]);
    expect(checkScoring(defaultScoring(), 50)).toEqual([]);
    expect(checkScoring(defaultScoring(), null)[0]?.message).toMatch(/threshold/);
    expect(checkScoring(defaultScoring(), -1)[0]?.message).toMatch(/more than zero/);
  });

  it('splits text into paragraphs and bullet lists', () => {
    expect(textBlocks('Intro line\nsecond\n\n- one\n- two\n  continued\n\nEnd')).toEqual([
      { kind: 'paragraph', lines: ['Intro line', 'second'] },
      { kind: 'list', items: ['one', 'two continued'] },
      { kind: 'paragraph', lines: ['End'] },
    ]);
    expect(textBlocks('')).toEqual([]);
  });

  it('generation is deterministic', () => {
    expect(generateSlaSections(fullWorkshop())).toEqual(generateSlaSections(fullWorkshop()));
  });
});

describe('huge input', () => {
  it('a pasted novel in the entry criteria keeps every section within the file limit', () => {
    const w = fullWorkshop();
    const novel = 'Lorem ipsum dolor sit amet. '.repeat(700).slice(0, 20_000);
    const huge = Workshop.parse({
      ...w,
      funnel: { ...w.funnel, stages: w.funnel.stages.map((s) => ({ ...s, entryCriteria: novel })) },
    });
    const sla = refreshSla(huge).sla;
    expect(() => SlaDraft.parse(sla)).not.toThrow();
    const defs = body(sla, 'definitions');
    expect(defs.length).toBeLessThanOrEqual(20_000);
    expect(defs).toContain('[…] (cut');
    expect(() => Workshop.parse({ ...huge, sla })).not.toThrow();
  });
});

describe('terms', () => {
  it('the ideal customer profile and personas the room agreed go into the definitions', () => {
    const w = fullWorkshop();
    const sla = refreshSla(w).sla;
    const withTerms = Workshop.parse({
      ...w,
      sla: { ...sla, terms: { ...sla.terms, idealCustomer: 'Manufacturers,\n50–500 staff', personas: 'Ops director' } },
    });
    const defs = body(refreshSla(withTerms).sla, 'definitions');
    expect(defs).toContain('- Ideal customer profile: Manufacturers, 50–500 staff');
    expect(defs).toContain('- Personas: Ops director');
  });
});

describe('definitions', () => {
  it('names each term once: the stage name when it already says the word, else the word and the name', () => {
    expect(definedTerm('Lead', 'Lead (inquiry)')).toBe('Lead (inquiry)');
    expect(definedTerm('MQL', 'Marketing qualified lead (MQL)')).toBe('Marketing qualified lead (MQL)');
    expect(definedTerm('Customer', 'Customer')).toBe('Customer');
    expect(definedTerm('MQL', 'Warm lead')).toBe('MQL (“Warm lead”)');
    expect(definedTerm('SAL', '')).toBe('SAL');
    expect(definedTerm('Lead', 'Leadership intro')).toBe('Lead (“Leadership intro”)');
    const text = body(refreshSla(fullWorkshop()).sla, 'definitions');
    expect(text).not.toMatch(/\((“|")[^)]*\((?:inquiry|MQL|SAL|SQL)\)/);
  });
});
