import { Placeholder } from '../components/Placeholder';

/** Survey results (built by the facilitation issue). */
export function ResultsTab() {
  return <Placeholder title="Survey results" />;
}
