import { Placeholder } from '../components/Placeholder';

/** Present mode (built by the facilitation issue). */
export function PresentScreen() {
  return <Placeholder title="Present mode" />;
}
