import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../shared/api';
import { realServices } from '../../helpers/services';

describe('handler table', () => {
  it('has one handler per channel of the contract', async () => {
    const { handlers } = await realServices();
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort());
  });

  it('rejects bad payloads before anything runs, with a readable message', async () => {
    const { handlers, api } = await realServices();
    const bad: [string, unknown][] = [
      ['workshops.open', ['../etc/passwd']],
      ['workshops.open', 'not an array'],
      ['workshops.rename', ['7d4a1c66-8a3b-4b7e-9b1a-0d0c2a1e5f10', '']],
      ['workshops.create', [{ title: 'x' }]],
      ['workshops.save', [{ type: 'tandem.workshop' }]],
      ['settings.update', [{ theme: 'neon' }]],
      ['kiosk.enter', ['7d4a1c66-8a3b-4b7e-9b1a-0d0c2a1e5f10', '7d4a1c66-8a3b-4b7e-9b1a-0d0c2a1e5f10', 'abc']],
    ];
    for (const [channel, args] of bad) {
      const result = await handlers[channel as keyof typeof handlers](args);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      if (!result.ok) expect(result.error.message).toMatch(/^The request was refused/);
    }
    expect((await api.workshops.list()).workshops).toEqual([]);
  });

  it('never throws and never succeeds on random payloads for channels that need arguments (fuzzed)', async () => {
    const { handlers } = await realServices();
    // Channels whose every argument may legitimately be almost anything (an empty patch, a typed PIN) are left out.
    const open = [
      'workshops.list',
      'workshops.listDeleted',
      'kiosk.status',
      'settings.get',
      'settings.update',
      'kiosk.exit',
      'repairs.list',
    ];
    const needsArgs = CHANNELS.filter((c) => !open.includes(c));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...needsArgs), fc.anything(), async (channel, payload) => {
        const result = await handlers[channel](payload);
        if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(payload)}`);
        expect(['invalid-input', 'not-found', 'refused']).toContain(result.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps a storage failure to a message that says nothing was changed', async () => {
    const { handlers } = await realServices();
    const result = await handlers['workshops.open'](['7d4a1c66-8a3b-4b7e-9b1a-0d0c2a1e5f10']);
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
