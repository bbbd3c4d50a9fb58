import { useEffect, useState } from 'react';
import { localDay } from '../../shared/domain/actions/dates';

/** Today's local day (YYYY-MM-DD), updated when the day changes while the app is open. */
export function useToday(): string {
  const [today, setToday] = useState(() => localDay(new Date()));
  useEffect(() => {
    const timer = setInterval(() => setToday(localDay(new Date())), 60_000);
    return () => clearInterval(timer);
  }, []);
  return today;
}
