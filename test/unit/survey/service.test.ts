import { afterEach, describe, expect, it } from 'vitest';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import { everyFileText, fullResponse, surveyFixture } from './helpers';

type Fixture = Awaited<ReturnType<typeof surveyFixture>>;
let fx: Fixture | null = null;
afterEach(async () => {
  await fx?.cleanup();
  fx = null;
});
const setup = async (options?: Parameters<typeof surveyFixture>[0]) => (fx = await surveyFixture(options));

describe('survey service', () => {
  it('stores a response with only team, answers and comments, and counts it', async () => {
    const f = await setup();
    const before = f.readFile();
    const result = await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id, 'Meet weekly'));
    expect(result).toEqual({ status: 'open', count: 1 });
    expect(await f.api.survey.count(f.workshopId, f.roundId)).toEqual({ status: 'open', count: 1 });
    const [response] = (await f.storedAnswers()).all;
    expect(Object.keys(response!).sort()).toEqual(['answers', 'comments', 'team']);
    expect(response!.comments).toEqual({ 'open-better-differently': 'Meet weekly' });
    // A submit does not touch the workshop at all: its file (and updatedAt) stays as it was.
    expect(f.readFile()).toEqual(before);
  });

  it('withholds responses from the facilitator while the round is open', async () => {
    const f = await setup();
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id));
    const { workshop } = await f.api.workshops.open(f.workshopId);
    expect(JSON.stringify(workshop)).not.toContain('"answers"');
    expect(workshop.survey.rounds[0]!.responseCount).toBe(1);
    await expect(f.api.results.round(f.workshopId, f.roundId, null)).resolves.toMatchObject({
      results: { available: false, reason: expect.stringMatching(/never while it is collecting/) },
      comments: null,
    });
  });

  it('refuses a submit to a round closed meanwhile, with a clear message, and stores nothing', async () => {
    const f = await setup();
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'closed');
    await expect(f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id))).rejects.toThrow(
      /just been closed by the facilitator.*not stored/,
    );
    expect((await f.storedAnswers()).all).toHaveLength(0);
  });

  it('refuses a submit to a draft round', async () => {
    const f = await setup({ open: false });
    await expect(f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id))).rejects.toThrow(
      /not open yet/,
    );
  });

  it('refuses a missing team, unanswered statements and over-long comments with a message', async () => {
    const f = await setup();
    const noAnswers = { ...fullResponse(f.teams[0]!.id), answers: {} };
    await expect(f.api.survey.submit(f.workshopId, f.roundId, noAnswers)).rejects.toThrow(
      /30 statements still need an answer/,
    );
    const badTeam = fullResponse('00000000-0000-4000-8000-000000000000');
    await expect(f.api.survey.submit(f.workshopId, f.roundId, badTeam)).rejects.toThrow(/choose your team/);
    const r = await f.handlers['survey.submit']([
      f.workshopId,
      f.roundId,
      fullResponse(f.teams[0]!.id, 'x'.repeat(2001)),
    ]);
    expect(r.ok).toBe(false);
    expect((await f.storedAnswers()).all).toHaveLength(0);
  });

  it('keeps emoji and right-to-left text, drops pasted control characters', async () => {
    const f = await setup();
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[1]!.id, 'مرحبا 🎉\u0007 שלום\u202E'));
    expect((await f.storedAnswers()).all[0]!.comments['open-better-differently']).toBe('مرحبا 🎉 שלום');
  });

  it('stores a double-clicked submit once (same submission key), even when both arrive together', async () => {
    const f = await setup();
    const response = fullResponse(f.teams[0]!.id);
    const key = '3f2b8c1e-7d4a-4e9b-9c1d-2a6f5e8b7c90';
    const [a, b] = await Promise.all([
      f.api.survey.submit(f.workshopId, f.roundId, response, key),
      f.api.survey.submit(f.workshopId, f.roundId, response, key),
    ]);
    expect(a.count).toBe(1);
    expect(b.count).toBe(1);
    await f.api.survey.submit(f.workshopId, f.roundId, response, key);
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(1);
    // The key is never written anywhere: only a salted hash of it, apart from the answers' order.
    await f.services.answers.flush();
    expect(everyFileText(f.dataDir)).not.toContain(key);
    // A different participant giving the same answers is a second response.
    await f.api.survey.submit(f.workshopId, f.roundId, response, '4f2b8c1e-7d4a-4e9b-9c1d-2a6f5e8b7c90');
    expect((await f.api.survey.count(f.workshopId, f.roundId)).count).toBe(2);
  });

  it('lets a failed submit be retried with the same key', async () => {
    const f = await setup({ open: false });
    const key = '5f2b8c1e-7d4a-4e9b-9c1d-2a6f5e8b7c90';
    const response = fullResponse(f.teams[0]!.id);
    await expect(f.api.survey.submit(f.workshopId, f.roundId, response, key)).rejects.toThrow();
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'open');
    expect((await f.api.survey.submit(f.workshopId, f.roundId, response, key)).count).toBe(1);
  });

  it('opens one round at a time and refuses closing a round that never opened', async () => {
    const f = await setup();
    const w = await f.api.survey.newRound(f.workshopId, 'Follow-up', defaultQuestionSet());
    const second = w.survey.rounds[1]!.id;
    await expect(f.api.survey.setRoundStatus(f.workshopId, second, 'open')).rejects.toThrow(/“Baseline” is still open/);
    await expect(f.api.survey.setRoundStatus(f.workshopId, second, 'closed')).rejects.toThrow(/nothing to close/);
    await f.api.survey.setRoundStatus(f.workshopId, f.roundId, 'closed');
    const opened = await f.api.survey.setRoundStatus(f.workshopId, second, 'open');
    expect(opened.survey.rounds.map((r) => r.status)).toEqual(['closed', 'open']);
  });

  it('refuses a round without a name or with broken questions', async () => {
    const f = await setup();
    await expect(f.api.survey.newRound(f.workshopId, ' \u0007 ', defaultQuestionSet())).rejects.toThrow(/needs a name/);
    await expect(f.api.survey.newRound(f.workshopId, 'X', { ...defaultQuestionSet(), statements: [] })).rejects.toThrow(
      /at least one statement/,
    );
  });

  it('reveals results only at or above the anonymity threshold', async () => {
    const f = await setup();
    for (let i = 0; i < 4; i++) await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[i % 2]!.id));
    await expect(f.api.survey.reveal(f.workshopId, f.roundId)).rejects.toThrow(
      /at least 5 people have answered \(4 so far\)/,
    );
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id));
    const w = await f.api.survey.reveal(f.workshopId, f.roundId);
    expect(w.survey.rounds[0]!.revealed).toBe(true);
    expect((await f.api.results.round(f.workshopId, f.roundId, null)).results.responseCount).toBe(5);
  });
});

describe('facilitator saves after the first response', () => {
  it('refuses a save that rewords, removes or moves a statement, and keeps the file unchanged', async () => {
    const f = await setup();
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id));
    const { workshop } = await f.api.workshops.open(f.workshopId);
    const edited = structuredClone(workshop);
    edited.survey.rounds[0]!.questions.statements[0]!.text = 'Something else entirely.';
    await expect(f.api.workshops.save(edited)).rejects.toThrow(/can't be reworded: 1 person has already answered/);
    const removed = structuredClone(workshop);
    removed.survey.rounds[0]!.questions.statements.splice(0, 1);
    await expect(f.api.workshops.save(removed)).rejects.toThrow(/can't be removed/);
    expect(f.readFile().survey.rounds[0]!.questions.statements[0]!.text).toBe(defaultQuestionSet().statements[0]!.text);
  });

  it('allows a typo fix, reordering and other edits of the workshop', async () => {
    const f = await setup();
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id));
    const { workshop } = await f.api.workshops.open(f.workshopId);
    const edited = structuredClone(workshop);
    edited.survey.rounds[0]!.questions.statements.reverse();
    edited.title = 'Renamed workshop';
    await f.api.workshops.save(edited);
    expect(f.readFile().title).toBe('Renamed workshop');
    expect((await f.storedAnswers()).all).toHaveLength(1);
  });

  it('refuses removing a team that a response names, allows renaming it', async () => {
    const f = await setup();
    await f.api.survey.submit(f.workshopId, f.roundId, fullResponse(f.teams[0]!.id));
    const { workshop } = await f.api.workshops.open(f.workshopId);
    await expect(f.api.workshops.save({ ...workshop, teams: [workshop.teams[1]!] })).rejects.toThrow(
      /“Sales” can't be removed/,
    );
    await f.api.workshops.save({
      ...workshop,
      teams: [{ ...workshop.teams[0]!, name: 'Sales EMEA' }, workshop.teams[1]!],
    });
    expect(f.readFile().teams[0]!.name).toBe('Sales EMEA');
  });
});
