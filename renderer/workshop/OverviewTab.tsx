import { Placeholder } from '../components/Placeholder';

/** The workshop's details (company, date, facilitator, teams, phase). */
export function OverviewTab() {
  return <Placeholder title="Overview" />;
}
