import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultQuestionSet } from '../../../shared/domain/survey/questionBank';
import type { Answer, SurveyResponse } from '../../../shared/schema/survey';
import type { Workshop } from '../../../shared/schema/workshop';
import { createHandlers } from '../../../electron/services/handlers';
import { createServices } from '../../../electron/services/index';
import { createNodePreferenceStore } from '../../../electron/services/preferences';

/** Services on a fresh temp data folder, with one workshop whose baseline round is open. */
export async function surveyFixture(options: { open?: boolean; threshold?: number } = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'tandem-survey-'));
  const prefs = createNodePreferenceStore(dataDir);
  const { api, repo } = await createServices({ dataDir, prefs });
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
    handlers: createHandlers(api),
    workshop,
    workshopId: created.id,
    roundId,
    teams: workshop.teams,
    file,
    /** The workshop file as stored on disk. */
    readFile: () => JSON.parse(readFileSync(file, 'utf8')) as Workshop,
    cleanup: () => rmSync(dataDir, { recursive: true, force: true }),
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
