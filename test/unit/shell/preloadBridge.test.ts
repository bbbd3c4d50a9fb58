import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../../shared/api';
import { API_SHAPE, channelsOf } from '../../../electron/apiShape';
import { buildBridge, unwrapEnvelope } from '../../../electron/preloadBridge';

describe('the preload bridge (window.tandem)', () => {
  it('has exactly the contract’s functions: the name table matches CHANNELS', () => {
    expect(channelsOf(API_SHAPE).sort()).toEqual([...CHANNELS].sort());
  });

  it('exposes only named functions in frozen namespaces: no invoke, no ipcRenderer, no channel strings', () => {
    const bridge = buildBridge(vi.fn());
    const names: string[] = [];
    for (const [ns, group] of Object.entries(bridge)) {
      expect(Object.isFrozen(group)).toBe(true);
      for (const [name, fn] of Object.entries(group as Record<string, unknown>)) {
        expect(typeof fn, `${ns}.${name}`).toBe('function');
        names.push(`${ns}.${name}`);
      }
    }
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(names.sort()).toEqual([...CHANNELS].sort());
    expect(JSON.stringify(Object.keys(bridge))).not.toMatch(/"(invoke|ipc\w*|send|on)"/i);
  });

  it('binds each function to its one channel and passes the arguments through', async () => {
    const invoke = vi.fn(async (channel: Channel, args: unknown[]) => ({ ok: true, value: { channel, args } }));
    const bridge = buildBridge(invoke);
    await expect(bridge.workshops.rename('w1', 'New title')).resolves.toEqual({
      channel: 'workshops.rename',
      args: ['w1', 'New title'],
    });
    await bridge.kiosk.exit('1234');
    await bridge.settings.get();
    expect(invoke.mock.calls.map((c) => c[0])).toEqual(['workshops.rename', 'kiosk.exit', 'settings.get']);
  });

  it('throws an Error with the facilitator’s message, not "Error invoking remote method"', async () => {
    const bridge = buildBridge(async () => ({
      ok: false,
      error: { code: 'not-found', message: 'This workshop is no longer in the library.' },
    }));
    const error = await bridge.workshops.open('gone').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('This workshop is no longer in the library.');
  });

  it('hides transport failures and malformed answers behind a plain message', async () => {
    const failing = buildBridge(async () => {
      throw new Error("Error invoking remote method 'workshops.list': Error: An object could not be cloned.");
    });
    await expect(failing.workshops.list()).rejects.toThrow(/could not complete this/);
    for (const answer of [undefined, null, 'x', { ok: 'yes' }, { ok: false }, { ok: false, error: 'boom' }]) {
      expect(() => unwrapEnvelope(answer)).toThrow(/could not complete this/);
    }
    expect(unwrapEnvelope({ ok: true, value: 0 })).toBe(0);
    expect(unwrapEnvelope({ ok: true })).toBeUndefined();
  });
});
