import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices } from '../../../electron/services/index';
import { createNodePreferenceStore } from '../../../electron/services/preferences';
import { tempDataDir } from '../../helpers/workshops';
import { asFile } from '../../helpers/services';
import { storedAnswers } from '../survey/helpers';

/**
 * Files saved by the format-2 code (test/fixtures/v2, made with that code's own services) open with today's
 * code through the one restore path, with every answer and every edit; restoring an old snapshot never rolls
 * answers back.
 */
const FIXTURES = path.resolve(__dirname, '../../fixtures/v2');
const ID = '384f0543-d509-41b9-807c-37e70ea76996';
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const roundsOf = (text: string) =>
  (JSON.parse(text) as { survey: { rounds: { id: string; name: string }[] } }).survey.rounds;
const [BASELINE, FOLLOW_UP] = roundsOf(fixture('workshop.json')).map((r) => r.id) as [string, string];

async function library(files: { workshop?: string; snapshots?: string[] }) {
  const dataDir = tempDataDir('tandem-migrate-');
  mkdirSync(path.join(dataDir, 'workshops'), { recursive: true });
  if (files.workshop) writeFileSync(path.join(dataDir, 'workshops', `${ID}.json`), files.workshop);
  const snaps = path.join(dataDir, 'snapshots', ID);
  mkdirSync(snaps, { recursive: true });
  (files.snapshots ?? []).forEach((name, i) =>
    copyFileSync(path.join(FIXTURES, name), path.join(snaps, `2026-11-20T0${i}-00-00-000Z.json`)),
  );
  const services = await createServices({ dataDir, prefs: createNodePreferenceStore(dataDir) });
  return { dataDir, ...services };
}

describe('files saved before answers had a store of their own (format 2)', () => {
  it('a workshop opens with every edit and every answer; the answers move to the answer store', async () => {
    const { api, answers, dataDir } = await library({ workshop: fixture('workshop.json') });
    const { workshop, notices } = await api.workshops.open(ID);
    expect(notices).toEqual([]);
    expect(workshop.title).toBe('Fixture: Acme kick-off');
    expect(workshop.objectives.revenueGoal).toBe(2_400_000);
    expect(workshop.teams.map((t) => t.name)).toEqual(['Sales', 'Marketing', 'Leadership']);
    expect(workshop.survey.rounds.map((r) => [r.name, r.status, r.responseCount])).toEqual([
      ['Baseline', 'closed', 14],
      ['Follow-up', 'open', 4],
    ]);
    const baseline = await api.results.round(ID, BASELINE, null);
    expect(baseline.results).toMatchObject({ available: true, responseCount: 14 });
    expect(baseline.comments?.comments.map((c) => c.text).sort()).toEqual(
      [0, 3, 6, 9, 12].map((i) => `Comment number ${i}: leads arrive late`).sort(),
    );
    // The open round still collects: counted, never shown.
    expect(await api.survey.count(ID, FOLLOW_UP)).toEqual({ status: 'open', count: 4 });
    expect((await api.results.round(ID, FOLLOW_UP, null)).results.available).toBe(false);
    // The workshop file is format 3 now, checksummed, without answers; the original is kept aside.
    await answers.flush();
    const now = readFileSync(path.join(dataDir, 'workshops', `${ID}.json`), 'utf8');
    expect(now.startsWith('{"integrity":"sha256-')).toBe(true);
    expect(JSON.parse(now)).toMatchObject({ version: 3 });
    expect(now).not.toContain('"answers"');
    expect(existsSync(path.join(dataDir, 'quarantine', `${ID}.before-format-3.json`))).toBe(true);
    expect(storedAnswers(dataDir, ID, BASELINE).all).toHaveLength(14);
    expect(storedAnswers(dataDir, ID, FOLLOW_UP).all).toHaveLength(4);
    // Opening again changes nothing and adds nothing.
    await api.workshops.open(ID);
    expect(await api.survey.count(ID, BASELINE)).toEqual({ status: 'closed', count: 14 });
  });

  it('a damaged workshop is restored from a format-2 snapshot, with the answers of that snapshot', async () => {
    const { api } = await library({ workshop: '{"this is": "damaged', snapshots: ['snapshot-latest.json'] });
    const { workshop, notices } = await api.workshops.open(ID);
    expect(notices[0]).toMatchObject({ kind: 'restored-from-snapshot', title: 'Fixture: Acme kick-off' });
    expect(workshop.survey.rounds.find((r) => r.id === BASELINE)?.responseCount).toBe(14);
    expect((await api.results.round(ID, BASELINE, null)).results.responseCount).toBe(14);
  });

  it('restoring an older snapshot never rolls answers back', async () => {
    const { api, answers, dataDir } = await library({
      workshop: fixture('workshop.json'),
      snapshots: ['snapshot-first.json'],
    });
    await api.workshops.open(ID);
    await api.survey.submit(ID, FOLLOW_UP, (await answerFor(api)).response, null);
    await answers.flush();
    // The workshop file is damaged; the only snapshot is from before any round existed.
    writeFileSync(path.join(dataDir, 'workshops', `${ID}.json`), 'garbage');
    const { workshop, notices } = await api.workshops.open(ID);
    expect(notices.map((n) => n.kind)).toContain('restored-from-snapshot');
    // The rounds the old snapshot did not know come back from the answer store, with every answer.
    expect(workshop.survey.rounds.map((r) => [r.name, r.status, r.responseCount])).toEqual([
      ['Baseline', 'closed', 14],
      ['Follow-up', 'open', 5],
    ]);
    expect((await api.results.round(ID, BASELINE, null)).results.responseCount).toBe(14);
    expect((await api.repairs.list()).map((r) => r.kind)).toContain('restored-from-snapshot');
  });

  it('a format-1 backup imports with its answers; answers of a round still collecting stay out of results', async () => {
    const { api } = await library({});
    const imported = await api.workshops.importBackup(asFile(fixture('backup.json')), 'refuse-if-exists');
    expect(imported).toMatchObject({ status: 'imported', workshop: { id: ID, responseCount: 18 } });
    expect((await api.results.round(ID, BASELINE, null)).results.responseCount).toBe(14);
    expect(await api.survey.count(ID, FOLLOW_UP)).toEqual({ status: 'open', count: 4 });
    // A backup made now holds the closed round's answers only, and says so.
    const backup = JSON.parse((await api.workshops.exportBackup(ID)).content) as {
      version: number;
      note: string;
      answers: Record<string, unknown[]>;
    };
    expect(backup.version).toBe(2);
    expect(Object.keys(backup.answers)).toEqual([BASELINE]);
    expect(backup.answers[BASELINE]).toHaveLength(14);
    expect(backup.note).toMatch(/still collecting are not in this backup/);
  });
});

/** A valid answer for the fixture's follow-up round, from its own questions and teams. */
async function answerFor(api: Awaited<ReturnType<typeof library>>['api']) {
  const round = await api.survey.participantRound(ID, FOLLOW_UP);
  const answers = Object.fromEntries(round.questions.statements.map((s) => [s.id, 3 as const]));
  return { response: { team: round.teams[0]!.id, answers, comments: {} } };
}
