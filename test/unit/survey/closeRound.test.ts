import { describe, expect, it } from 'vitest';
import { closeRoundText } from '../../../renderer/survey/closeRound';

describe('close round confirmation text', () => {
  it('says how many responses and that results can then be shown', () => {
    const text = closeRoundText('Baseline', 12, 5).join(' ');
    expect(text).toContain('“Baseline” has 12 responses.');
    expect(text).toMatch(/ends collection/);
    expect(text).toMatch(/results can be shown/);
    expect(text).not.toMatch(/anonymity/);
  });

  it('warns when too few responses will show and when there are none', () => {
    expect(closeRoundText('R', 1, 5).join(' ')).toMatch(/has 1 response\..*fewer than 5 responses stay hidden/);
    expect(closeRoundText('R', 0, 5).join(' ')).toMatch(/no responses yet.*no results to show/);
  });
});
