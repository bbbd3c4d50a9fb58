import { describe, expect, it } from 'vitest';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import { ROUND_ANSWERS_FILE } from '../../../shared/schema/answersFile';
import { asFile } from '../../helpers/services';
import { fullResponse, submissionKey, surveyFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;

/** A second laptop: the first one's backup imported into its own Tandem, the same round opened there. */
async function secondLaptop(first: Fixture): Promise<Fixture> {
  const second = await surveyFixture({ open: false });
  const backup = await first.api.workshops.exportBackup(first.workshopId);
  await second.api.workshops.importBackup(asFile(backup.content), 'refuse-if-exists');
  await second.api.survey.setRoundStatus(first.workshopId, first.roundId, 'open');
  return { ...second, workshopId: first.workshopId, roundId: first.roundId, teams: first.teams };
}

async function answer(f: Fixture, n: number, from: number) {
  for (let i = 0; i < n; i++) {
    const team = f.teams[i % 2]!.id;
    await f.api.survey.submit(
      f.workshopId,
      f.roundId,
      fullResponse(team, `Laptop answer ${from + i}`, from + i),
      submissionKey(from + i),
    );
  }
}

describe('adding answers from another laptop', () => {
  it('merges two laptops’ answers of one round to their sum; the same file again adds nothing', async () => {
    const a = await surveyFixture();
    const b = await secondLaptop(a);
    await answer(a, 6, 0);
    await answer(b, 4, 100);
    await b.api.survey.setRoundStatus(b.workshopId, b.roundId, 'closed');
    const file = await b.api.survey.exportAnswers(b.workshopId, b.roundId);
    expect(file.suggestedName).toMatch(/answers\.tandem-answers\.json$/);
    const parsed = JSON.parse(file.content);
    expect(parsed.answers).toHaveLength(4);
    expect(file.content).not.toMatch(/submittedAt|device|"key"/);
    const merged = await a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile(file.content));
    expect(merged).toMatchObject({ added: 4, alreadyAdded: false, count: 10 });
    const again = await a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile(file.content));
    expect(again).toMatchObject({ added: 0, alreadyAdded: true, count: 10 });
    await a.api.survey.setRoundStatus(a.workshopId, a.roundId, 'closed');
    const results = await a.api.results.round(a.workshopId, a.roundId, null);
    expect(results.results.responseCount).toBe(10);
    const comments = (await a.storedAnswers()).all.map((r) => r.comments['open-better-differently']);
    for (const n of [0, 5, 100, 103]) expect(comments).toContain(`Laptop answer ${n}`);
    await a.cleanup();
    await b.cleanup();
  });

  it('takes the other laptop’s backup too, once its round is closed; a backup of a collecting round says why nothing is in it', async () => {
    const a = await surveyFixture();
    const b = await secondLaptop(a);
    await answer(b, 5, 200);
    const early = await b.api.workshops.exportBackup(b.workshopId);
    await expect(a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile(early.content))).rejects.toThrow(
      'still collecting on the other laptop',
    );
    await expect(b.api.survey.exportAnswers(b.workshopId, b.roundId)).rejects.toThrow('Close it first');
    await b.api.survey.setRoundStatus(b.workshopId, b.roundId, 'closed');
    const backup = await b.api.workshops.exportBackup(b.workshopId);
    expect(await a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile(backup.content))).toMatchObject({
      added: 5,
      count: 5,
    });
    await a.cleanup();
    await b.cleanup();
  });

  it('refuses a different question set with its message, and this laptop’s own file', async () => {
    const a = await surveyFixture();
    // The other laptop's round was edited before it opened there: one statement reworded, one removed.
    const questions = defaultQuestionSet();
    const statements = questions.statements.map((s, i) =>
      i === 2 ? { ...s, text: 'We never talk to each other.' } : s,
    );
    const file = {
      content: JSON.stringify({
        type: ROUND_ANSWERS_FILE.type,
        version: 1,
        workshopId: a.workshopId,
        roundId: a.roundId,
        roundName: 'Baseline',
        status: 'closed',
        questions: { ...questions, statements: statements.slice(0, 29) },
        teams: a.teams,
        answers: [0, 1, 2].map((i) => fullResponse(a.teams[0]!.id, undefined, i)),
      }),
    };
    const refusal = a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile(file.content));
    await expect(refusal).rejects.toThrow(/does not ask the same questions/);
    await expect(refusal).rejects.toThrow(/reads “We never talk to each other\.” there/);
    await expect(refusal).rejects.toThrow(/is asked here but not there/);
    expect((await a.api.survey.count(a.workshopId, a.roundId)).count).toBe(0);
    // Its own answers, exported and picked again by mistake.
    await answer(a, 4, 400);
    await a.api.survey.setRoundStatus(a.workshopId, a.roundId, 'closed');
    const own = await a.api.survey.exportAnswers(a.workshopId, a.roundId);
    await expect(a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile(own.content))).rejects.toThrow(
      'already in this round',
    );
    await expect(
      a.api.survey.mergeAnswers(a.workshopId, a.roundId, asFile('{"type":"tandem.round-answers"')),
    ).rejects.toThrow('not readable JSON');
    expect((await a.api.survey.count(a.workshopId, a.roundId)).count).toBe(4);
    await a.cleanup();
  });
});
