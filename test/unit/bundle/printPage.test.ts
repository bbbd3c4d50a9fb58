import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../helpers/importGraph';

describe('the print page (print.html)', () => {
  const modules = [...reachableFrom('renderer/print/main.tsx').values()];
  const ids = modules.map((m) => m.id);

  it('boots only the print code: no canvas, schemas, store or facilitator screen', () => {
    const forbidden = ids.filter(
      (id) =>
        ['zod', '@xyflow/react', 'chrono-node', '@dagrejs/dagre', 'zustand', 'immer', 'zundo'].includes(id) ||
        /^renderer\/(App|screens|api\/index|api\/httpApi|store|home|workshop|present|survey|results|participant)\b/.test(
          id,
        ) ||
        /^shared\/(api|restore)\.ts$/.test(id),
    );
    expect(forbidden).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'renderer/print/PrintScreen.tsx',
        'renderer/funnel/funnelSvg.ts',
        'renderer/api/print.ts',
      ]),
    );
  });

  it('has everything at once: the document never waits for a chunk', () => {
    expect(modules.filter((m) => m.via === 'dynamic')).toEqual([]);
  });
});
