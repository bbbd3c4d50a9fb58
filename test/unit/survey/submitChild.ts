// A child process that submits survey responses in a loop through the survey service and prints "ack N"
// once response N is acknowledged (on disk). The survey crash test kills it with SIGKILL at random moments.
import { WorkshopRepository } from '../../../electron/services/repository';
import { createSurveyService } from '../../../electron/services/survey';
import { fullResponse } from './helpers';

const [dataDir, workshopId, roundId, teamId, from] = process.argv.slice(2) as [string, string, string, string, string];
const repo = new WorkshopRepository(dataDir);
await repo.init();
const survey = createSurveyService(repo);
for (let n = Number(from); ; n++) {
  await survey.submit(workshopId, roundId, fullResponse(teamId, `response ${n} ${'x'.repeat(1500)}`, n));
  process.stdout.write(`ack ${n}\n`);
}
