import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../helpers/importGraph';

describe("the facilitator's page (index.html)", () => {
  const modules = reachableFrom('renderer/main.tsx');
  const via = (id: string) => modules.get(id)?.via;

  it('boots with home only: the canvas, layout, date parser and other screens load on demand', () => {
    expect(via('renderer/home/HomeScreen.tsx')).toBe('static');
    for (const id of [
      '@xyflow/react',
      '@dagrejs/dagre',
      'chrono-node',
      'renderer/workshop/WorkshopScreen.tsx',
      'renderer/funnel/FunnelTab.tsx',
      'renderer/present/PresentScreen.tsx',
    ]) {
      expect([id, via(id)]).toEqual([id, 'dynamic']);
    }
  });

  it('never loads the schemas: the service validates, the screens read plain limits (shared/schema/limits.ts)', () => {
    expect(via('zod')).toBeUndefined();
  });

  it('has no kiosk and no print page: those are pages of their own', () => {
    const ids = [...modules.keys()];
    expect(ids.filter((id) => /^renderer\/(participant|print)\//.test(id))).toEqual([]);
  });

  it('loads the date parser only through the quick-add line', () => {
    // Walk from each module that imports the quick-add reader: only the actions tab's line does.
    const actions = reachableFrom('renderer/actions/ActionsTab.tsx');
    expect(actions.get('chrono-node')?.via).toBe('dynamic');
    for (const entry of ['renderer/workshop/WorkshopScreen.tsx', 'renderer/present/PresentScreen.tsx']) {
      expect([entry, reachableFrom(entry).get('chrono-node')?.via]).not.toEqual([entry, 'static']);
    }
  });
});
