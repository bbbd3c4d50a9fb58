import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../helpers/importGraph';

describe("the participant's page (kiosk.html)", () => {
  const modules = [...reachableFrom('renderer/participant/main.tsx').values()];
  const ids = modules.map((m) => m.id);

  it('loads only the survey: no canvas, date parser, validation library or facilitator screen', () => {
    const forbidden = ids.filter(
      (id) =>
        ['zod', '@xyflow/react', 'chrono-node', 'elkjs', 'html-to-image', 'zustand', 'immer', 'zundo'].includes(id) ||
        /^renderer\/(App|api\/index|api\/httpApi|store|home|workshop|present|print|funnel|survey|results)\b/.test(id) ||
        /^shared\/(api|restore)\.ts$/.test(id) ||
        (/^shared\/schema\//.test(id) && id !== 'shared/schema/limits.ts'),
    );
    expect(forbidden).toEqual([]);
    // The walk itself works: the steps and the participant's client are found.
    expect(ids).toEqual(
      expect.arrayContaining(['renderer/participant/steps/StatementsStep.tsx', 'renderer/api/participant.ts', 'react']),
    );
  });

  it('loads nothing on demand: the whole survey is there when a participant starts', () => {
    expect(modules.filter((m) => m.via === 'dynamic')).toEqual([]);
  });
});
