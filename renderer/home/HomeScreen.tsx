import { Placeholder } from '../components/Placeholder';

/** The workshop library. */
export function HomeScreen() {
  return <Placeholder title="Workshops" />;
}
