import { Placeholder } from '../components/Placeholder';

/** Export (built by the exports issue). */
export function ExportTab() {
  return <Placeholder title="Export" />;
}
