import { Placeholder } from '../components/Placeholder';

/** Draft SLA (built by the exports issue). */
export function SlaTab() {
  return <Placeholder title="Draft SLA" />;
}
