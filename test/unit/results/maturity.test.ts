import { describe, expect, it } from 'vitest';
import { articleSum, MATURITY_MAPPING, MATURITY_STAGES, maturityStage } from '../../../shared/domain/results';

describe('maturity stages (Kotler, Rackham and Krishnaswamy, HBR 2006)', () => {
  it('has the four stages in order, covering 0-100 without gaps', () => {
    expect(MATURITY_STAGES.map((s) => s.name)).toEqual(['Undefined', 'Defined', 'Aligned', 'Integrated']);
    for (let i = 1; i < MATURITY_STAGES.length; i++) expect(MATURITY_STAGES[i]!.from).toBe(MATURITY_STAGES[i - 1]!.to);
    expect(MATURITY_STAGES[0]!.from).toBe(0);
    expect(MATURITY_STAGES.at(-1)!.to).toBe(100);
  });

  it('maps the article bands 20-39, 40-59, 60-79, 80-100 (sum of 20 answers) onto our 0-100 scale', () => {
    // Our score of a sum S of 20 answers on 1-5 is (S - 20) x 1.25.
    const ours = (sum: number) => (sum - 20) * 1.25;
    const cases: [number, string][] = [
      [20, 'Undefined'],
      [39, 'Undefined'],
      [40, 'Defined'],
      [59, 'Defined'],
      [60, 'Aligned'],
      [79, 'Aligned'],
      [80, 'Integrated'],
      [100, 'Integrated'],
    ];
    for (const [sum, name] of cases) expect(maturityStage(ours(sum)).name, `sum ${sum}`).toBe(name);
    expect(articleSum(25)).toBe(40);
    expect(articleSum(75)).toBe(80);
  });

  it('reads the stage from the score as shown: 24.6 reads "25" and is Defined; clamps odd input', () => {
    expect(maturityStage(24.4).id).toBe('undefined');
    expect(maturityStage(24.6).id).toBe('defined');
    expect(maturityStage(50).id).toBe('aligned');
    expect(maturityStage(74.4).id).toBe('aligned');
    expect(maturityStage(-5).id).toBe('undefined');
    expect(maturityStage(140).id).toBe('integrated');
    expect(maturityStage(Number.NaN).id).toBe('undefined');
  });

  it('states the mapping once, with the article bands and ours', () => {
    for (const part of ['20-39', '40-59', '60-79', '80-100', '(S − 20) × 1.25', 'below 25', '75 and above'])
      expect(MATURITY_MAPPING).toContain(part);
  });
});
