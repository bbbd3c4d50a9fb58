import { describe, expect, it } from 'vitest';
import { reachableFrom } from '../../helpers/importGraph';

describe('the phone page (phone.html)', () => {
  const modules = [...reachableFrom('renderer/phone/main.tsx').values()];
  const ids = modules.map((m) => m.id);

  it('loads only the survey steps and its own small client: no facilitator screen, no kiosk controls, no schemas', () => {
    const forbidden = ids.filter(
      (id) =>
        ['zod', '@xyflow/react', 'chrono-node', 'html-to-image', 'zustand', 'immer', 'zundo', 'uqr'].includes(id) ||
        /^renderer\/(App|api\/index|api\/httpApi|api\/participant|api\/desktopBridge|store|home|workshop|present|print|funnel|survey|results|phones)\b/.test(
          id,
        ) ||
        /^renderer\/participant\/(KioskApp|KioskScreen|ExitDialog)\b/.test(id) ||
        /^shared\/(api|restore|policy)\.ts$/.test(id) ||
        (/^shared\/schema\//.test(id) && id !== 'shared/schema/limits.ts'),
    );
    expect(forbidden).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining(['renderer/participant/steps/StatementsStep.tsx', 'renderer/api/phoneClient.ts', 'react']),
    );
  });

  it('is one script: the first load and the screens load at once, nothing is fetched on the fly', () => {
    expect(modules.filter((m) => m.via === 'dynamic').map((m) => m.id)).toEqual([]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'renderer/phone/firstLoad.ts',
        'renderer/phone/showPhone.tsx',
        'renderer/phone/PhoneApp.tsx',
      ]),
    );
  });
});
