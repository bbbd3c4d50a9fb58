import { Placeholder } from '../components/Placeholder';

/** Agenda and objectives (built by the facilitation issue). */
export function AgendaTab() {
  return <Placeholder title="Agenda and objectives" />;
}
