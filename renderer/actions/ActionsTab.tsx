import { Placeholder } from '../components/Placeholder';

/** Actions (built by the exports issue). */
export function ActionsTab() {
  return <Placeholder title="Actions" />;
}
