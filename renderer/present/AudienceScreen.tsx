import { Placeholder } from '../components/Placeholder';

/** Audience view (built by the facilitation issue). */
export function AudienceScreen() {
  return <Placeholder title="Audience view" />;
}
