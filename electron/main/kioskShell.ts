import type { TandemApi } from '../../shared/api';

type KioskApi = TandemApi['kiosk'];

/**
 * The kiosk service, with the window told whenever kiosk mode really changes: after `enter`
 * succeeds with an active round, and after `exit` succeeds. A refused exit (wrong PIN, locked) changes
 * nothing. The window side (full screen, no menu, swallowed shortcuts) is electron/main/kioskWindow.ts.
 */
export function withKioskWindow(kiosk: KioskApi, onChange: (active: boolean) => void): KioskApi {
  return {
    status: () => kiosk.status(),
    enter: async (workshopId, roundId, newPin) => {
      const status = await kiosk.enter(workshopId, roundId, newPin);
      onChange(status.active !== null);
      return status;
    },
    exit: async (pin) => {
      const result = await kiosk.exit(pin);
      if (result.ok) onChange(false);
      return result;
    },
  };
}
