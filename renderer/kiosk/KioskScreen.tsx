import { Placeholder } from '../components/Placeholder';

/** Kiosk (built by the survey issue). */
export function KioskScreen() {
  return <Placeholder title="Kiosk" />;
}
