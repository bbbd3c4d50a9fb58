import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import type { Answer, SurveyResponse } from '../../../shared/schema/survey';
import type { Workshop } from '../../../shared/schema/workshop';
import { createServices } from '../../../electron/services/index';
import { createNodePreferenceStore } from '../../../electron/services/preferences';

/** Services on a fresh temp data folder, with one workshop whose baseline round is open. */
export async function surveyFixture(options: { open?: boolean; threshold?: number } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-survey-'));
  const prefs = createNodePreferenceStore(dataDir);
  const services = await createServices({ dataDir, prefs });
  const { api, repo } = services;
  const created = await api.workshops.create({
    title: 'Alignment 2026',
    company: 'Acme',
    date: '2026-11-23',
    facilitator: 'Pat',
    teams: [
      { name: 'Sales', side: 'sales' },
      { name: 'Marketing', side: 'marketing' },
    ],
  });
  let workshop: Workshop = await api.survey.newRound(created.id, 'Baseline', defaultQuestionSet());
  const roundId = workshop.survey.rounds[0]!.id;
  if (options.open !== false) workshop = await api.survey.setRoundStatus(created.id, roundId, 'open');
  const file = path.join(dataDir, 'workshops', `${created.id}.json`);
  return {
    dataDir,
    prefs,
    api,
    repo,
    handlers: services.handlers(),
    services,
    workshop,
    workshopId: created.id,
    roundId,
    teams: workshop.teams,
    file,
    /** The workshop file as stored on disk. */
    readFile: () => JSON.parse(readFileSync(file, 'utf8')) as Workshop,
    /** The answers of the round as stored on disk (after every acknowledged answer is folded in). */
    storedAnswers: async (id = roundId) => {
      await services.answers.flush();
      return storedAnswers(dataDir, created.id, id);
    },
    /** Removes the folder once every answer is folded in (no write of the services is still running). */
    cleanup: async () => {
      await services.answers.flush();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A complete, valid response from the given team, with an optional comment. */
export function fullResponse(team: string, comment?: string, seed = 0): SurveyResponse {
  const answers: Record<string, Answer> = {};
  defaultQuestionSet().statements.forEach((s, i) => {
    answers[s.id] = (i + seed) % 6 === 5 ? 'dont-know' : ((((i + seed) % 5) + 1) as Answer);
  });
  return { team, answers, comments: comment === undefined ? {} : { 'open-better-differently': comment } };
}

/** A submission key per participant number, as a kiosk makes one per participant (a UUID). */
export function submissionKey(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

/** The answers file of a round as it is on disk (copy a), every answer in it, shown or pending. */
export function storedAnswers(dataDir: string, workshopId: string, roundId: string) {
  const file = path.join(dataDir, 'answers', workshopId, roundId, 'answers.a.json');
  const raw = JSON.parse(readFileSync(file, 'utf8')) as {
    shown: SurveyResponse[];
    pending: SurveyResponse[];
    keys: string[];
    published: boolean;
  };
  return { ...raw, all: [...raw.shown, ...raw.pending], file };
}

/** Every file under a folder, as one text (to check that something is written nowhere). */
export function everyFileText(dir: string): string {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.push(readFileSync(path.join(entry.parentPath, entry.name), 'utf8'));
  }
  return out.join('\n');
}
