import { describe, expect, it } from 'vitest';
import { closeVersion, currentVersion, factChanges, playbookFacts } from '../../../shared/domain/playbook';
import { playbookMarkdown, slaMarkdown } from '../../../shared/export/markdown';
import { Workshop } from '../../../shared/schema/workshop';
import { referenceFindings, referenceWorkshop } from '../../helpers/referenceWorkshop';

const today = '2027-04-27';

/** The reference workshop three months on: a follow-up closed version 1, then the room changed things. */
function followUp(): Workshop {
  const v1 = referenceWorkshop();
  const closed = Workshop.parse({
    ...v1,
    playbook: { versions: [closeVersion(v1, '2027-04-27', 'April follow-up', referenceFindings(v1))] },
  });
  return Workshop.parse({
    ...closed,
    objectives: { ...closed.objectives, stageRates: { ...closed.objectives.stageRates, mqlToSal: 50 } },
    actions: closed.actions.map((a, i) => (i === 0 ? { ...a, status: 'done' as const } : a)),
    sla: { ...closed.sla, terms: { ...closed.sla.terms, agreedOn: '2027-04-28' } },
  });
}

describe('playbook versions', () => {
  it('a follow-up session closes version 1; the playbook is version 2 and says what changed since', () => {
    const w = followUp();
    expect(currentVersion(w)).toBe(2);
    const changes = factChanges(w.playbook.versions[0]!.facts, playbookFacts(w));
    expect(changes).toContainEqual({ label: 'MQL → SAL rate', before: '60%', after: '50%' });
    expect(changes).toContainEqual({ label: 'MQLs needed per month', before: '167', after: '200' });
    expect(changes).toContainEqual({
      label: 'SLA: MQLs delivered',
      before: '167 MQLs per month',
      after: '200 MQLs per month',
    });
    // The version keeps the alignment score the service computed; a playbook without findings says it is gone.
    expect(w.playbook.versions[0]!.facts.find((f) => f.key.startsWith('alignment:'))?.value).toMatch(/ of 100$/);
    expect(factChanges(w.playbook.versions[0]!.facts, playbookFacts(w, referenceFindings(w)))).not.toContainEqual(
      expect.objectContaining({ label: 'Alignment score, Baseline' }),
    );
    expect(changes.find((c) => c.label.startsWith('Action: Write down the ideal customer profile'))?.after).toMatch(
      /^Done/,
    );

    const md = playbookMarkdown(w, { today, shuffle: (x) => [...x] });
    expect(md).toContain('Version 2, agreed on Wed 28 Apr 2027');
    expect(md).toContain('## What changed since version 1');
    expect(md).toContain('Version 1 closed on Tue 27 Apr 2027, when “April follow-up” began. This is version 2.');
    expect(md).toContain('| MQL → SAL rate | 60% | 50% |');
    expect(slaMarkdown(w, { today })).toContain('This is version 2.');
  });

  it('a first version says nothing about changes', () => {
    const md = playbookMarkdown(referenceWorkshop(), { today, shuffle: (x) => [...x] });
    expect(md).not.toContain('What changed since');
    expect(md).toContain('Version 1, agreed on Wed 27 Jan 2027');
  });
});
