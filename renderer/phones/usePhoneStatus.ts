import { useCallback, useEffect, useState } from 'react';
import type { PhoneStatus } from '../../shared/api';
import { api } from '../api';

const POLL_MS = 2_000;

/** Whether phones are on (and where), refreshed while shown: the listener can close by itself (round closed). */
export function usePhoneStatus(): {
  status: PhoneStatus | null;
  refresh: () => Promise<void>;
  set: (s: PhoneStatus) => void;
} {
  const [status, set] = useState<PhoneStatus | null>(null);
  const refresh = useCallback(async () => {
    const next = await api.phones.status().catch(() => null);
    if (next) set(next);
  }, []);
  useEffect(() => {
    void refresh();
    const timer = window.setInterval(() => void refresh(), POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return { status, refresh, set };
}
