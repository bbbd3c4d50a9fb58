import { Placeholder } from '../components/Placeholder';

/** Print (built by the exports issue). */
export function PrintScreen() {
  return <Placeholder title="Print" />;
}
