import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createServices } from '../../electron/services/index';
import { createNodePreferenceStore } from '../../electron/services/preferences';
import { Workshop } from '../../shared/schema/workshop';
import type { BenchContext, Figure, ServiceProcess, WebApp } from './harness';
import { backupFile, questionsOf, responsesOf } from './seed';
import { IDS, fullWorkshop } from '../unit/export/fullWorkshop';

/**
 * Issue 9's figures: a participant's submit (with its submission key, as the kiosk sends it) until the service
 * has it on disk, p95, with 10, 1,000 and 5,000 answers already in the round (the ratio must stay flat); the
 * service's memory after 5,000 submits with keys; and `survey.count` with 5,000 stored, against a bare stat and
 * read of a small file. Every figure interleaved with its baseline in the same run.
 */
const STATEMENTS = 30;

/** A workshop whose round is still collecting, with `n` answers in it already (imported, one write). */
async function collectingRound(call: WebApp['call'], n: number): Promise<{ id: string; team: string }> {
  const base = fullWorkshop();
  const questions = questionsOf(STATEMENTS);
  const round = { ...base.survey.rounds[0]!, status: 'open' as const, questions, responseCount: n };
  const w = Workshop.parse({ ...base, id: randomUUID(), survey: { rounds: [round] } });
  const answers = responsesOf(n, questions, [IDS.sales, IDS.marketing, IDS.leadership]);
  const res = await call<{ workshop: { id: string } }>(
    'workshops.importBackup',
    backupFile(w, { [round.id]: answers }),
    'as-copy',
  );
  return { id: res.workshop.id, team: IDS.sales };
}

/** One participant's submit as the kiosk makes it: a fresh answer and a fresh key. */
function submitter(call: WebApp['call'], at: { id: string; team: string }) {
  const answer = responsesOf(1, questionsOf(STATEMENTS), [at.team])[0]!;
  return () => call('survey.submit', at.id, IDS.round, answer, randomUUID());
}

export default async function answersBench(ctx: BenchContext): Promise<Figure[]> {
  const web = await ctx.startWeb();
  const sizes = [10, 100, 1_000, 5_000, 10_000];
  const rounds = new Map<number, { id: string; team: string }>();
  for (const n of sizes) rounds.set(n, await collectingRound(web.call, n));
  const small = submitter(web.call, rounds.get(10)!);

  const points = [];
  const at: Record<number, { value: number; baseline: number }> = {};
  for (const n of sizes) {
    const r = await ctx.compare(submitter(web.call, rounds.get(n)!), small, { iterations: 40, warmup: 3 });
    points.push({ x: n, value: r.value.p95, baseline: r.baseline.p95 });
    at[n] = { value: r.value.p95, baseline: r.baseline.p95 };
  }
  ctx.curve({ title: 'kiosk submit with its key, p95, vs the same at 10 answers', x: 'answers', unit: 'ms', points });

  // survey.count in the service, as the kiosk's Start and the facilitator's poll call it, at 5,000 stored.
  const dataDir = web.dataDir;
  const services = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  const five = rounds.get(5_000)!;
  await services.api.survey.count(five.id, IDS.round);
  const small1k = path.join(ctx.tmpDir(), 'small.json');
  await fs.writeFile(small1k, JSON.stringify({ status: 'open', count: 5000 }));
  const count = await ctx.compare(
    () => services.api.survey.count(five.id, IDS.round),
    async () => {
      await fs.stat(small1k);
      await fs.readFile(small1k, 'utf8');
    },
    { iterations: 200, warmup: 20 },
  );

  // Memory of the service (its own process) over 5,000 submits with keys.
  const service: ServiceProcess = await ctx.startServiceProcess();
  const round = await collectingRound(service.call, 0);
  const startRss = service.peakRssMb();
  const submit = submitter(service.call, round);
  for (let i = 0; i < 5_000; i++) await submit();
  const afterRss = service.peakRssMb();
  await service.stop();

  const ratioGoal = (maxRatio: number) => ({ maxRatio, text: `<= ${maxRatio}x` });
  return [
    {
      name: 'kiosk submit with key until on disk, 1,000 answers stored (p95)',
      unit: 'ms',
      value: at[1_000]!.value,
      baseline: at[1_000]!.baseline,
      baselineName: 'the same submit with 10 answers stored (p95)',
      row: 'submit -> next participant ready p95, 1,000 / 10',
      goal: ratioGoal(2),
      stat: 'p95',
    },
    {
      name: 'kiosk submit with key until on disk, 5,000 answers stored (p95)',
      unit: 'ms',
      value: at[5_000]!.value,
      baseline: at[5_000]!.baseline,
      baselineName: 'the same submit with 10 answers stored (p95)',
      row: 'submit -> next participant ready p95, 5,000 / 10',
      goal: ratioGoal(3),
      stat: 'p95',
    },
    {
      name: 'service memory after 5,000 submits with keys (peak RSS)',
      unit: 'MB',
      value: afterRss,
      baseline: startRss,
      baselineName: 'the same service just started',
      row: 'RSS after 5,000 submits with keys',
      goal: { maxValue: 300, text: '< 300 MB' },
      stat: 'peak',
    },
    {
      name: 'survey.count with 5,000 answers stored (median)',
      unit: 'ms',
      value: count.value.median,
      baseline: count.baseline.median,
      baselineName: 'a bare stat + read of a small file (median)',
      row: 'survey.count at 5,000 stored',
      goal: ratioGoal(2),
      stat: 'median',
    },
  ];
}
