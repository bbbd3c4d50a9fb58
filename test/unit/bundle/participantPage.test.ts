import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../helpers/importGraph';

const page = (name: string) => readFileSync(new URL(`../../../renderer/${name}`, import.meta.url), 'utf8');
const cspMeta = (html: string) => /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];

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

  it("carries the facilitator's page's Content-Security-Policy, word for word: the one policy, written in by the build", () => {
    // Neither page writes a policy of its own: vite.config.ts puts shared/csp.ts into both.
    expect(cspMeta(page('index.html'))).toBeUndefined();
    expect(cspMeta(page('kiosk.html'))).toBeUndefined();
    const config = readFileSync(new URL('../../../vite.config.ts', import.meta.url), 'utf8');
    expect(config).toContain('META_CONTENT_SECURITY_POLICY');
  });
});
