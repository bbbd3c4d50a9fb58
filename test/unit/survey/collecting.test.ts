import { afterEach, describe, expect, it } from 'vitest';
import { fullResponse, submissionKey, surveyFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;
let fx: Fixture | null = null;
afterEach(async () => {
  await fx?.cleanup();
  fx = null;
});

/** Everything a facilitator (or anyone with the service) can take out while a round collects. */
async function everything(f: Fixture) {
  const backup = (await f.api.workshops.exportBackup(f.workshopId)).content;
  const opened = JSON.stringify((await f.api.workshops.open(f.workshopId)).workshop);
  const csv = await f.api.survey.exportResponses(f.workshopId, f.roundId);
  const results = await f.api.results.round(f.workshopId, f.roundId, null);
  const copy = await f.api.workshops.duplicate(f.workshopId);
  const copyBackup = (await f.api.workshops.exportBackup(copy.id)).content;
  return { backup, opened, csv, results, copyBackup, copy };
}

const secret = (i: number) => `secret answer ${i}`;

describe('while a round collects, no channel and no sequence of channels gives away an answer', () => {
  it('backups, copies, the CSV and the results taken around one submit hold nothing of it', async () => {
    const f = (fx = await surveyFixture());
    for (let i = 0; i < 6; i++) {
      await f.api.survey.submit(
        f.workshopId,
        f.roundId,
        fullResponse(f.teams[i % 2]!.id, secret(i), i),
        submissionKey(i),
      );
    }
    const before = await everything(f);
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id, secret(99), 3), submissionKey(99));
    const after = await everything(f);
    for (const view of [before, after]) {
      for (const text of [view.backup, view.opened, view.csv.content, JSON.stringify(view.results), view.copyBackup]) {
        expect(text).not.toMatch(/secret answer/);
      }
      expect(view.csv.rows).toBe(0);
      expect(view.results.results.available).toBe(false);
      expect(view.copy.responseCount).toBe(0);
      expect(JSON.parse(view.backup).note).toMatch(/still collecting are not in this backup/);
    }
    // The two backups differ only by the time they were made: nothing of the answer in between.
    const strip = (text: string) => text.replace(/"exportedAt": "[^"]+"/, '');
    expect(strip(after.backup)).toBe(strip(before.backup));
    // The facilitator sees the count, never more.
    expect(await f.api.survey.count(f.workshopId, f.roundId)).toEqual({ status: 'open', count: 7 });
  });

  it('a copy made while collecting starts the round over as a draft; the original keeps every answer', async () => {
    const f = (fx = await surveyFixture());
    for (let i = 0; i < 5; i++)
      await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id, secret(i), i));
    const copy = await f.api.workshops.duplicate(f.workshopId);
    const { workshop } = await f.api.workshops.open(copy.id);
    expect(workshop.survey.rounds.map((r) => [r.status, r.responseCount])).toEqual([['draft', 0]]);
    // Closing the copy's round cannot reveal anything: it never held an answer.
    await f.api.survey.setRoundStatus(copy.id, f.roundId, 'open');
    await f.api.survey.setRoundStatus(copy.id, f.roundId, 'closed');
    expect((await f.api.results.round(copy.id, f.roundId, null)).results.responseCount).toBe(0);
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(5);
  });

  it('after an early reveal, later answers join the results only in groups of the threshold', async () => {
    const f = (fx = await surveyFixture());
    const submit = (i: number) =>
      f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[i % 2]!.id, secret(i), i), submissionKey(i));
    for (let i = 0; i < 6; i++) await submit(i);
    await f.api.survey.reveal(f.workshopId, f.roundId);
    const shown = async () => (await f.api.results.round(f.workshopId, f.roundId, null)).results.responseCount;
    expect(await shown()).toBe(6);
    const seen = [6];
    for (let i = 6; i < 17; i++) {
      await submit(i);
      seen.push(await shown());
    }
    // 6, then 6 until five more have come, then 11, ... never a step of one person.
    for (let i = 1; i < seen.length; i++) expect([0, 5, 6, 7]).toContain(seen[i]! - seen[i - 1]!);
    expect(seen.at(-1)).toBe(16);
    const findings = await f.api.results.round(f.workshopId, f.roundId, null);
    expect(findings.pendingCount).toBe(1);
    // Closing shows no lone late answer either; it stays counted and kept, and leaves with nothing.
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'closed');
    expect(await shown()).toBe(16);
    expect(await f.api.survey.count(f.workshopId, f.roundId)).toEqual({ status: 'closed', count: 17 });
    const backup = JSON.parse((await f.api.workshops.exportBackup(f.workshopId)).content) as {
      answers: Record<string, unknown[]>;
    };
    expect(backup.answers[f.roundId]).toHaveLength(16);
    expect((await f.api.survey.exportResponses(f.workshopId, f.roundId)).rows).toBeLessThanOrEqual(16);
  });
});
