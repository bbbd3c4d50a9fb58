// A child process that saves a workshop in a loop and prints "ack N" once save N is on disk.
// The crash test kills it with SIGKILL at random moments.
import { newId } from '../../shared/domain/ids';
import { ActionItem } from '../../shared/schema/actions';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';

const [dataDir, workshopId] = process.argv.slice(2) as [string, string];
const { repo } = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
for (let n = Number(process.argv[4] ?? 0); ; n++) {
  await repo.update(workshopId, (w) => ({
    ...w,
    facilitator: `save ${n}`,
    actions: [
      ...w.actions,
      ActionItem.parse({
        id: newId(),
        what: `action ${n}`,
        notes: 'x'.repeat(2000),
        createdAt: new Date().toISOString(),
      }),
    ],
  }));
  process.stdout.write(`ack ${n}\n`);
}
