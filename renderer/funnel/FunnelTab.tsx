import { Placeholder } from '../components/Placeholder';

/** Funnel (built by the funnel issue). */
export function FunnelTab() {
  return <Placeholder title="Funnel" />;
}
