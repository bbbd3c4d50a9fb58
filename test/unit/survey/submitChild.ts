// A child process that submits survey responses in a loop through the services and prints "ack N" once
// response N is acknowledged (on disk). Each response has its own submission key ("key-N"); with `retry`
// it first sends the given response number again, as a kiosk does after its service restarted.
// The survey crash test kills it with SIGKILL at random moments.
import { createServices } from '../../../electron/services/index';
import { createNodePreferenceStore } from '../../../electron/services/preferences';
import { fullResponse, submissionKey } from './helpers';

const [dataDir, workshopId, roundId, teamId, from] = process.argv.slice(2) as [string, string, string, string, string];
const { api } = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
for (let n = Number(from); ; n++) {
  await api.survey.submit(
    workshopId,
    roundId,
    fullResponse(teamId, `response ${n} ${'x'.repeat(200)}`, n),
    submissionKey(n),
  );
  process.stdout.write(`ack ${n}\n`);
}
