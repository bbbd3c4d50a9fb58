import { Placeholder } from '../components/Placeholder';

/** Survey (built by the survey issue). */
export function SurveyTab() {
  return <Placeholder title="Survey" />;
}
